-- Records how one raw file version was landed, or why it was refused. The landing code supplies each value as an
-- escaped literal of a checked type (Athena takes no parameters in MERGE). Landing the same version again (after an
-- interrupted run) refreshes its row; a processed file is never landed again.
merge into {{ ops }}.file_log as t
using (
    select
        {{ file_id }} as file_id,
        {{ dataset }} as dataset,
        {{ source_key }} as source_key,
        {{ file_name }} as file_name,
        {{ sha256 }} as sha256,
        {{ size_bytes }} as size_bytes,
        {{ source_modified_at }} as source_modified_at,
        {{ precedence }} as precedence,
        {{ landed_at }} as landed_at,
        {{ status }} as status,
        {{ refusal_reason }} as refusal_reason,
        {{ refusal_detail }} as refusal_detail,
        {{ encoding }} as encoding,
        {{ compression }} as compression,
        {{ header_columns }} as header_columns,
        {{ notes }} as notes,
        {{ rows_in }} as rows_in,
        {{ records_with_issues }} as records_with_issues,
        {{ bronze_rows_key }} as bronze_rows_key,
        {{ run_id }} as run_id
) as s
on t.file_id = s.file_id
when matched and t.status <> 'processed' then update set
    dataset = s.dataset,
    source_key = s.source_key,
    file_name = s.file_name,
    sha256 = s.sha256,
    size_bytes = s.size_bytes,
    source_modified_at = s.source_modified_at,
    precedence = s.precedence,
    landed_at = s.landed_at,
    status = s.status,
    refusal_reason = s.refusal_reason,
    refusal_detail = s.refusal_detail,
    encoding = s.encoding,
    compression = s.compression,
    header_columns = s.header_columns,
    notes = s.notes,
    rows_in = s.rows_in,
    records_with_issues = s.records_with_issues,
    bronze_rows_key = s.bronze_rows_key,
    run_id = s.run_id
when not matched then insert (
    file_id, dataset, source_key, file_name, sha256, size_bytes, source_modified_at, precedence,
    landed_at, status, refusal_reason, refusal_detail, encoding, compression, header_columns, notes,
    rows_in, records_with_issues, bronze_rows_key, run_id, processed_at
) values (
    s.file_id, s.dataset, s.source_key, s.file_name, s.sha256, s.size_bytes, s.source_modified_at, s.precedence,
    s.landed_at, s.status, s.refusal_reason, s.refusal_detail, s.encoding, s.compression, s.header_columns, s.notes,
    s.rows_in, s.records_with_issues, s.bronze_rows_key, s.run_id, null
)
