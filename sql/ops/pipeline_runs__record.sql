-- Records a pipeline run's state: once when it starts and again when it ends. Values are escaped literals of checked
-- types supplied by the runner.
merge into {{ ops }}.pipeline_runs as t
using (
    select
        {{ run_id }} as run_id,
        {{ started_at }} as started_at,
        {{ finished_at }} as finished_at,
        {{ status }} as status,
        {{ files_landed }} as files_landed,
        {{ files_refused }} as files_refused,
        {{ rows_in }} as rows_in,
        {{ rows_kept }} as rows_kept,
        {{ rows_rejected }} as rows_rejected,
        {{ rows_superseded }} as rows_superseded,
        {{ message }} as message
) as s
on t.run_id = s.run_id
when matched then update set
    finished_at = s.finished_at,
    status = s.status,
    files_landed = s.files_landed,
    files_refused = s.files_refused,
    rows_in = s.rows_in,
    rows_kept = s.rows_kept,
    rows_rejected = s.rows_rejected,
    rows_superseded = s.rows_superseded,
    message = s.message
when not matched then insert (
    {{ columns(ops.pipeline_runs) }}
) values (
    {{ columns(ops.pipeline_runs, s) }}
)
