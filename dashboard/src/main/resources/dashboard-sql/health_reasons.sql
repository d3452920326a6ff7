-- Data health: rejected rows per file and reason.
select
    h.file,
    h.dataset,
    h.reason,
    h.rows_rejected,
    h.first_line
from {{ gold }}.data_health_reasons as h
where h.file is not null
order by h.file, h.reason
