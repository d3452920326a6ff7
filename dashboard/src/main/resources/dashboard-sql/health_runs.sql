-- Data health: the latest pipeline runs and their outcomes.
select
    r.run_id,
    r.status,
    r.started_at,
    r.finished_at,
    r.files_landed,
    r.files_refused,
    r.rows_in,
    r.rows_kept,
    r.rows_rejected,
    r.rows_superseded,
    r.message
from {{ ops }}.pipeline_runs as r
where r.run_id is not null
order by r.started_at desc
limit 50
