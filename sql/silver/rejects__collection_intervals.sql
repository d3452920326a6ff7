-- Quarantines the batch's rejected Data Collection Intervals rows, each with its file, line, text and reason. Keyed by
-- (file_id, line_number): a retried step adds nothing twice.
merge into {{ silver }}.rejects as t
using (
    select
        'collection_intervals' as dataset,
        s.file_id,
        s.line_number,
        s.reject_reason as reason,
        s.raw_text,
        s.batch_id
    from {{ silver }}.stg_collection_intervals as s
    where s.batch_id = {{ batch_id }} and s.reject_reason is not null
) as s
on t.file_id = s.file_id and t.line_number = s.line_number
when not matched then insert (dataset, file_id, line_number, reason, raw_text, batch_id)
    values (s.dataset, s.file_id, s.line_number, s.reason, s.raw_text, s.batch_id)
