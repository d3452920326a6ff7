-- Every file version the lakehouse knows, with its status: found (in Bronze by a run's sweep, not landed yet: its
-- landing failed or no event started a run for it), landed (Bronze rows written, not yet in Gold), processed, or
-- refused. A version already here is not landed again, unless it is only found. The run that recorded it lets a
-- retried landing of that same run report the outcome it recorded (its first answer may have been lost).
select
    f.file_id,
    f.dataset,
    f.source_key,
    f.status,
    f.refusal_reason,
    f.refusal_detail,
    f.rows_in,
    f.run_id,
    f.precedence
from {{ ops }}.file_log as f
order by f.precedence, f.file_id
