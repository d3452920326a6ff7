-- A landed file whose Bronze rows the engine cannot read (found when a typing step failed): refused as unreadable,
-- so that the next run processes the other files of its batch without it. The raw file stays in Bronze.
update {{ ops }}.file_log
set status = 'refused', refusal_reason = 'unreadable', refusal_detail = {{ refusal_detail }}
where file_id = {{ file_id }} and status = 'landed'
