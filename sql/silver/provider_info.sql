-- Upserts the batch's winning Provider Info rows into Silver on their natural key (ccn, processing_date). A row replaces
-- the one in Silver only when its file has the greater precedence (a later file supersedes an earlier one), so
-- loading the same files again, or in another order, leaves Silver as it is.
merge into {{ silver }}.provider_info as t
using (
    select *
    from {{ silver }}.stg_provider_info
    where batch_id = {{ batch_id }} and reject_reason is null and batch_rank = 1
) as s
on t.ccn = s.ccn and t.processing_date = s.processing_date
when matched and s.precedence > t.precedence then update set
    {{ update_set(silver.provider_info, s) }}
when not matched then insert (
    {{ columns(silver.provider_info) }}
) values (
    {{ columns(silver.provider_info, s) }}
)
