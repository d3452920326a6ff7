-- Reads the Bronze rows of one file: fails when the engine cannot read them (a typing step failed, and the file that
-- caused it must be named).
select count(*) as rows_read, max(length(r.line_number)) as widest_line_number, max(length(r.raw_record)) as longest_raw
from {{ bronze }}.{{ bronze_table }} as r
where r.file_id = {{ file_id }}
