-- Types the Data Collection Intervals Bronze rows of this batch. A row is kept when it has a measure code and its
-- three dates are readable ISO dates; the STAFFING_LEVELS row (STAFFING before 2022-03) tells which PBJ quarter a
-- Provider Info release with the same Processing Date carries (CMS Data Dictionary, Jan 2024, Table 4).
insert into {{ silver }}.stg_collection_intervals (
    {{ columns(silver.stg_collection_intervals) }}
)
-- The batch's files first, as in stg_pbj_daily.sql: the planner then builds the join on them, not on the Bronze rows.
with batch_files as (
    select f.file_id, f.precedence
    from {{ ops }}.file_log as f
    where f.file_id in ({{ batch_file_ids }})
),

bronze_rows as (
    select
        r.file_id,
        cast(r.line_number as bigint) as line_number,
        f.precedence,
        r.record_issue,
        r.raw_record,
        nullif(upper(trim(r.measure_code)), '') as measure_code,
        nullif(trim(r.measure_description), '') as measure_description,
        nullif(trim(r.period_from_date), '') as period_from_text,
        nullif(trim(r.period_through_date), '') as period_through_text,
        nullif(trim(r.measure_date_range), '') as measure_date_range,
        nullif(trim(r.processing_date), '') as processing_text
    from {{ bronze }}.collection_intervals_rows as r
    join batch_files as f on f.file_id = r.file_id
    where r.file_id in ({{ batch_file_ids }})
),

typed as (
    select
        b.*,
        case when {{ matches(b.period_from_text, '[0-9]{4}-[0-9]{2}-[0-9]{2}') }} then try_cast(b.period_from_text as date) end
            as period_from_date,
        case when {{ matches(b.period_through_text, '[0-9]{4}-[0-9]{2}-[0-9]{2}') }} then try_cast(b.period_through_text as date) end
            as period_through_date,
        case when {{ matches(b.processing_text, '[0-9]{4}-[0-9]{2}-[0-9]{2}') }} then try_cast(b.processing_text as date) end
            as processing_date
    from bronze_rows as b
),

checked as (
    select
        t.*,
        case
            when t.record_issue is not null then t.record_issue
            when t.measure_code is null then 'measure_code_missing'
            when t.processing_date is null then 'processing_date_unparseable'
            when t.period_from_date is null then 'period_from_date_unparseable'
            when t.period_through_date is null then 'period_through_date_unparseable'
            when t.period_through_date < t.period_from_date then 'period_reversed'
        end as reason
    from typed as t
),

deduplicated as (
    select
        k.*,
        {{ reason_or_duplicate(k, k.measure_code, k.processing_date) }} as reject_reason
    from checked as k
),

ranked as (
    select
        d.*,
        {{ batch_rank(d, d.measure_code, d.processing_date) }} as batch_rank
    from deduplicated as d
)

select
    {{ batch_id }} as batch_id,
    d.measure_code,
    d.processing_date,
    d.measure_description,
    d.period_from_date,
    d.period_through_date,
    d.measure_date_range,
    d.file_id,
    d.line_number,
    d.precedence,
    d.reject_reason,
    case
        when d.reject_reason is not null then coalesce(d.raw_record, {{ csv_line(d.measure_code, d.measure_description,
            d.period_from_text, d.period_through_text, d.measure_date_range, d.processing_text) }})
    end as raw_text,
    d.batch_rank
from ranked as d
