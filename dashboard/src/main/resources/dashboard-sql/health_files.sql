-- Data health: per input file version, rows in = kept + rejected + superseded, rejections by reason, and status.
select
    h.file,
    h.dataset,
    h.status,
    h.rows_in,
    h.rows_kept,
    h.rows_rejected,
    h.rows_superseded,
    h.rejected_by_reason,
    h.refusal_reason,
    h.refusal_detail,
    h.conserved,
    h.landed_at,
    h.processed_at
from {{ gold }}.data_health as h
where h.file is not null
order by h.landed_at, h.file
