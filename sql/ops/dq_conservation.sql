-- Data quality gate before Gold: every row of every file in the batch must be accounted for. For each file,
-- rows in (counted by the landing step) must equal the Bronze rows the engine read, and equal rows kept in Silver +
-- rows rejected + rows superseded. Returns one row per file that does not add up; any row fails the run.
with batch_files as (
    select file_id, file_name, dataset, rows_in
    from {{ ops }}.file_log
    where file_id in ({{ batch_file_ids }})
),

bronze_read as (
    select file_id, count(*) as rows_read from {{ silver }}.stg_pbj_daily group by file_id
    union all
    select file_id, count(*) from {{ silver }}.stg_provider_info group by file_id
    union all
    select file_id, count(*) from {{ silver }}.stg_collection_intervals group by file_id
),

kept as (
    select file_id, count(*) as rows_kept
    from {{ silver }}.pbj_daily
    where file_id in ({{ batch_file_ids }})
    group by file_id
    union all
    select file_id, count(*)
    from {{ silver }}.provider_info
    where file_id in ({{ batch_file_ids }})
    group by file_id
    union all
    select file_id, count(*)
    from {{ silver }}.collection_intervals
    where file_id in ({{ batch_file_ids }})
    group by file_id
),

rejected as (
    select file_id, count(*) as rows_rejected
    from {{ silver }}.rejects
    where file_id in ({{ batch_file_ids }})
    group by file_id
),

superseded as (
    select superseded_file_id as file_id, count(*) as rows_superseded
    from {{ silver }}.superseded_rows
    where superseded_file_id in ({{ batch_file_ids }})
    group by superseded_file_id
),

balance as (
    select
        f.file_name,
        f.dataset,
        f.rows_in,
        coalesce(b.rows_read, 0) as rows_read,
        coalesce(k.rows_kept, 0) as rows_kept,
        coalesce(r.rows_rejected, 0) as rows_rejected,
        coalesce(s.rows_superseded, 0) as rows_superseded
    from batch_files as f
    left join bronze_read as b on b.file_id = f.file_id
    left join kept as k on k.file_id = f.file_id
    left join rejected as r on r.file_id = f.file_id
    left join superseded as s on s.file_id = f.file_id
)

select
    file_name,
    dataset,
    rows_in,
    rows_read,
    rows_kept,
    rows_rejected,
    rows_superseded,
    case
        when rows_read <> rows_in then 'engine read ' || cast(rows_read as varchar) || ' Bronze rows of '
            || cast(rows_in as varchar)
        else 'rows in ' || cast(rows_in as varchar) || ' <> kept + rejected + superseded '
            || cast(rows_kept + rows_rejected + rows_superseded as varchar)
    end as problem
from balance
where rows_read <> rows_in or rows_in <> rows_kept + rows_rejected + rows_superseded
