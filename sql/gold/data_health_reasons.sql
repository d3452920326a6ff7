-- Rejected rows per file and reason, for the data-health page and the rejects export.
select
    r.file_id,
    f.file_name as file,
    r.dataset,
    r.reason,
    count(*) as rows_rejected,
    min(r.line_number) as first_line
from {{ silver }}.rejects as r
join {{ ops }}.file_log as f on f.file_id = r.file_id
group by r.file_id, f.file_name, r.dataset, r.reason
