-- A landed file that alone makes a typing step fail (its Bronze rows cannot be read, or typing them fails): refused
-- with the reason, so that the step is rerun for the other files of its batch without it. The raw file stays in Bronze.
update {{ ops }}.file_log
set status = 'refused', refusal_reason = {{ refusal_reason }}, refusal_detail = {{ refusal_detail }}
where file_id = {{ file_id }} and status = 'landed'
