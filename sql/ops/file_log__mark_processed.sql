-- The batch's files have reached Gold: mark them processed, so the next run leaves them alone.
update {{ ops }}.file_log
set status = 'processed', processed_at = {{ now }}, run_id = {{ run_id }}
where file_id in ({{ batch_file_ids }}) and status = 'landed'
