-- Upserts the batch's winning Data Collection Intervals rows into Silver on their natural key (measure_code, processing_date). A row replaces
-- the one in Silver only when its file has the greater precedence (a later file supersedes an earlier one), so
-- loading the same files again, or in another order, leaves Silver as it is.
merge into {{ silver }}.collection_intervals as t
using (
    select *
    from {{ silver }}.stg_collection_intervals
    where batch_id = {{ batch_id }} and reject_reason is null and batch_rank = 1
) as s
on t.measure_code = s.measure_code and t.processing_date = s.processing_date
when matched and s.precedence > t.precedence then update set
    {{ update_set(silver.collection_intervals, s) }}
when not matched then insert (
    {{ columns(silver.collection_intervals) }}
) values (
    {{ columns(silver.collection_intervals, s) }}
)
