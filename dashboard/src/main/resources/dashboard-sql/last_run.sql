-- The latest pipeline run, whatever its outcome.
select run_id, started_at, finished_at, status, message
from {{ ops }}.pipeline_runs
where run_id is not null
order by started_at desc
limit 1
