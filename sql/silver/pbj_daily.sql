-- Upserts the batch's winning PBJ rows into Silver on their natural key (ccn, work_date). A row replaces
-- the one in Silver only when its file has the greater precedence (a later file supersedes an earlier one), so
-- loading the same files again, or in another order, leaves Silver as it is.
merge into {{ silver }}.pbj_daily as t
using (
    select *
    from {{ silver }}.stg_pbj_daily
    where batch_id = {{ batch_id }} and reject_reason is null and batch_rank = 1
) as s
on t.ccn = s.ccn and t.work_date = s.work_date
when matched and s.precedence > t.precedence then update set
    {{ update_set(silver.pbj_daily, s) }}
when not matched then insert (
    {{ columns(silver.pbj_daily) }}
) values (
    {{ columns(silver.pbj_daily, s) }}
)
