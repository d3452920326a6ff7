-- Data health, one row per input file version: rows in, kept, rejected (and why), superseded, and whether they add
-- up (rows in = kept + rejected + superseded). Refused files appear with their reason and no rows.
with kept as (
    select file_id, count(*) as rows_kept from {{ silver }}.pbj_daily group by file_id
    union all
    select file_id, count(*) from {{ silver }}.provider_info group by file_id
    union all
    select file_id, count(*) from {{ silver }}.collection_intervals group by file_id
),

rejected as (
    select file_id, count(*) as rows_rejected
    from {{ silver }}.rejects
    group by file_id
),

reasons as (
    select
        file_id,
        {{ ordered_string_agg(reason || ' (' || cast(n as varchar) || ')', '; ') }} as rejected_by_reason
    from (
        select file_id, reason, count(*) as n
        from {{ silver }}.rejects
        group by file_id, reason
    ) as r
    group by file_id
),

superseded as (
    select superseded_file_id as file_id, count(*) as rows_superseded
    from {{ silver }}.superseded_rows
    group by superseded_file_id
)

select
    f.file_id,
    f.file_name as file,
    f.dataset,
    f.status,
    f.source_key,
    f.rows_in,
    coalesce(k.rows_kept, 0) as rows_kept,
    coalesce(r.rows_rejected, 0) as rows_rejected,
    coalesce(s.rows_superseded, 0) as rows_superseded,
    x.rejected_by_reason,
    f.refusal_reason,
    f.refusal_detail,
    f.encoding,
    f.notes,
    f.size_bytes,
    f.sha256,
    f.source_modified_at,
    f.landed_at,
    f.processed_at,
    case
        when f.status = 'refused' then true
        else f.rows_in = coalesce(k.rows_kept, 0) + coalesce(r.rows_rejected, 0) + coalesce(s.rows_superseded, 0)
    end as conserved
from {{ ops }}.file_log as f
left join kept as k on k.file_id = f.file_id
left join rejected as r on r.file_id = f.file_id
left join reasons as x on x.file_id = f.file_id
left join superseded as s on s.file_id = f.file_id
