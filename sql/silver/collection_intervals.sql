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
    measure_description = s.measure_description,
    period_from_date = s.period_from_date,
    period_through_date = s.period_through_date,
    measure_date_range = s.measure_date_range,
    file_id = s.file_id,
    line_number = s.line_number,
    precedence = s.precedence
when not matched then insert (
    measure_code, processing_date, measure_description, period_from_date, period_through_date, measure_date_range, file_id, line_number,
    precedence
) values (
    s.measure_code, s.processing_date, s.measure_description, s.period_from_date, s.period_through_date, s.measure_date_range, s.file_id, s.line_number,
    s.precedence
)
