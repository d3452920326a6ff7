-- Types the Provider Info Bronze rows of this batch and finds, for each row, the first reason it cannot be kept.
--
-- Nursing Home Provider Information has one row per facility per monthly release. The release is identified by the
-- in-file Processing Date (ISO YYYY-MM-DD), never by the file name, which CMS and its mirrors change. A row is kept
-- when its CCN is 6 letters/digits, its State a USPS code CMS uses, its Processing Date readable and between 2015-01-01
-- and 92 days after the run, and every number the lakehouse uses is a plain decimal that fits its SQL type (whole where
-- CMS publishes whole numbers; star ratings 1-5). Published staffing values keep their
-- 5 decimals. Duplicates and precedence as for PBJ.
insert into {{ silver }}.stg_provider_info (
    {{ columns(silver.stg_provider_info) }}
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
        nullif(trim(r.ccn), '') as ccn_text,
        nullif(trim(r.processing_date), '') as processing_date,
        nullif(trim(r.provider_name), '') as provider_name,
        nullif(trim(r.provider_address), '') as provider_address,
        nullif(trim(r.city), '') as city,
        nullif(upper(trim(r.state)), '') as state,
        nullif(trim(r.zip_code), '') as zip_code,
        nullif(trim(r.county), '') as county,
        nullif(trim(r.ownership_type), '') as ownership_type,
        nullif(trim(r.certified_beds), '') as certified_beds,
        nullif(trim(r.avg_residents_per_day), '') as avg_residents_per_day,
        nullif(trim(r.provider_type), '') as provider_type,
        nullif(trim(r.in_hospital), '') as in_hospital,
        nullif(trim(r.legal_business_name), '') as legal_business_name,
        nullif(trim(r.affiliated_entity_name), '') as affiliated_entity_name,
        nullif(trim(r.affiliated_entity_id), '') as affiliated_entity_id,
        nullif(trim(r.ccrc), '') as ccrc,
        nullif(trim(r.special_focus_status), '') as special_focus_status,
        nullif(trim(r.abuse_icon), '') as abuse_icon,
        nullif(trim(r.changed_ownership_last_12_months), '') as changed_ownership_last_12_months,
        nullif(trim(r.overall_rating), '') as overall_rating,
        nullif(trim(r.overall_rating_footnote), '') as overall_rating_footnote,
        nullif(trim(r.health_inspection_rating), '') as health_inspection_rating,
        nullif(trim(r.qm_rating), '') as qm_rating,
        nullif(trim(r.long_stay_qm_rating), '') as long_stay_qm_rating,
        nullif(trim(r.short_stay_qm_rating), '') as short_stay_qm_rating,
        nullif(trim(r.staffing_rating), '') as staffing_rating,
        nullif(trim(r.staffing_rating_footnote), '') as staffing_rating_footnote,
        nullif(trim(r.reported_staffing_footnote), '') as reported_staffing_footnote,
        nullif(trim(r.reported_aide_hprd), '') as reported_aide_hprd,
        nullif(trim(r.reported_lpn_hprd), '') as reported_lpn_hprd,
        nullif(trim(r.reported_rn_hprd), '') as reported_rn_hprd,
        nullif(trim(r.reported_licensed_hprd), '') as reported_licensed_hprd,
        nullif(trim(r.reported_total_hprd), '') as reported_total_hprd,
        nullif(trim(r.reported_weekend_total_hprd), '') as reported_weekend_total_hprd,
        nullif(trim(r.reported_weekend_rn_hprd), '') as reported_weekend_rn_hprd,
        nullif(trim(r.reported_pt_hprd), '') as reported_pt_hprd,
        nullif(trim(r.total_nurse_turnover), '') as total_nurse_turnover,
        nullif(trim(r.rn_turnover), '') as rn_turnover,
        nullif(trim(r.administrators_left), '') as administrators_left,
        nullif(trim(r.nursing_cmi), '') as nursing_cmi,
        nullif(trim(r.nursing_cmi_ratio), '') as nursing_cmi_ratio,
        nullif(trim(r.casemix_aide_hprd), '') as casemix_aide_hprd,
        nullif(trim(r.casemix_lpn_hprd), '') as casemix_lpn_hprd,
        nullif(trim(r.casemix_rn_hprd), '') as casemix_rn_hprd,
        nullif(trim(r.casemix_total_hprd), '') as casemix_total_hprd,
        nullif(trim(r.casemix_weekend_total_hprd), '') as casemix_weekend_total_hprd,
        nullif(trim(r.adjusted_aide_hprd), '') as adjusted_aide_hprd,
        nullif(trim(r.adjusted_lpn_hprd), '') as adjusted_lpn_hprd,
        nullif(trim(r.adjusted_rn_hprd), '') as adjusted_rn_hprd,
        nullif(trim(r.adjusted_total_hprd), '') as adjusted_total_hprd,
        nullif(trim(r.adjusted_weekend_total_hprd), '') as adjusted_weekend_total_hprd,
        nullif(trim(r.number_of_fines), '') as number_of_fines,
        nullif(trim(r.total_fines_dollars), '') as total_fines_dollars,
        nullif(trim(r.total_penalties), '') as total_penalties,
        nullif(trim(r.latitude), '') as latitude,
        nullif(trim(r.longitude), '') as longitude
    from {{ bronze }}.provider_info_rows as r
    join batch_files as f on f.file_id = r.file_id
    where r.file_id in ({{ batch_file_ids }})
),

normalized as (
    select
        b.*,
        case
            when {{ matches(b.ccn_text, '[0-9]{5}') }} then '0' || b.ccn_text
            else upper(b.ccn_text)
        end as ccn,
        case
            when {{ matches(b.processing_date, '[0-9]{4}-[0-9]{2}-[0-9]{2}') }} then try_cast(b.processing_date as date)
        end as processing_date_value
    from bronze_rows as b
),

checked as (
    select
        c.*,
        case
            when c.record_issue is not null then c.record_issue
            when c.ccn is null then 'ccn_missing'
            when not {{ matches(c.ccn, '[0-9A-Z]{6}') }} then 'ccn_malformed'
            when c.state is null or not {{ matches(c.state, '[A-Z]{2}') }} then 'state_malformed'
            when not {{ known_state(c.state) }} then 'state_unknown'
            when c.processing_date is null then 'processing_date_missing'
            when c.processing_date_value is null then 'processing_date_unparseable'
            -- CMS's Provider Info archive starts in 2015 (PBJ staffing in 2016Q4); a release is processed at most a
            -- few weeks before it is published. Outside that window the date would become every facility's latest
            -- release.
            when c.processing_date_value < date '2015-01-01'
                or c.processing_date_value > cast({{ now }} + interval '92' day as date) then 'processing_date_out_of_range'
            else coalesce(
                {{ number_reason(c.certified_beds, 'Number of Certified Beds', false, 'decimal(18,4)') }},
                {{ number_reason(c.avg_residents_per_day, 'Average Number of Residents per Day', false, 'decimal(12,4)') }},
                {{ number_reason(c.overall_rating, 'Overall Rating', false, 'decimal(18,4)') }},
                {{ number_reason(c.health_inspection_rating, 'Health Inspection Rating', false, 'decimal(18,4)') }},
                {{ number_reason(c.qm_rating, 'QM Rating', false, 'decimal(18,4)') }},
                {{ number_reason(c.long_stay_qm_rating, 'Long-Stay QM Rating', false, 'decimal(18,4)') }},
                {{ number_reason(c.short_stay_qm_rating, 'Short-Stay QM Rating', false, 'decimal(18,4)') }},
                {{ number_reason(c.staffing_rating, 'Staffing Rating', false, 'decimal(18,4)') }},
                {{ number_reason(c.reported_aide_hprd, 'Reported Nurse Aide Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.reported_lpn_hprd, 'Reported LPN Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.reported_rn_hprd, 'Reported RN Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.reported_licensed_hprd, 'Reported Licensed Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.reported_total_hprd, 'Reported Total Nurse Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.reported_weekend_total_hprd, 'Total number of nurse staff hours per resident per day on the weekend', false, 'decimal(10,5)') }},
                {{ number_reason(c.reported_weekend_rn_hprd, 'Registered Nurse hours per resident per day on the weekend', false, 'decimal(10,5)') }},
                {{ number_reason(c.reported_pt_hprd, 'Reported Physical Therapist Staffing Hours per Resident Per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.total_nurse_turnover, 'Total nursing staff turnover', false, 'decimal(10,2)') }},
                {{ number_reason(c.rn_turnover, 'Registered Nurse turnover', false, 'decimal(10,2)') }},
                {{ number_reason(c.administrators_left, 'Number of administrators who have left the nursing home', false, 'decimal(18,4)') }},
                {{ number_reason(c.nursing_cmi, 'Nursing Case-Mix Index', false, 'decimal(10,5)') }},
                {{ number_reason(c.nursing_cmi_ratio, 'Nursing Case-Mix Index Ratio', false, 'decimal(10,5)') }},
                {{ number_reason(c.casemix_aide_hprd, 'Case-Mix Nurse Aide Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.casemix_lpn_hprd, 'Case-Mix LPN Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.casemix_rn_hprd, 'Case-Mix RN Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.casemix_total_hprd, 'Case-Mix Total Nurse Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.casemix_weekend_total_hprd, 'Case-Mix Weekend Total Nurse Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.adjusted_aide_hprd, 'Adjusted Nurse Aide Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.adjusted_lpn_hprd, 'Adjusted LPN Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.adjusted_rn_hprd, 'Adjusted RN Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.adjusted_total_hprd, 'Adjusted Total Nurse Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.adjusted_weekend_total_hprd, 'Adjusted Weekend Total Nurse Staffing Hours per Resident per Day', false, 'decimal(10,5)') }},
                {{ number_reason(c.number_of_fines, 'Number of Fines', false, 'decimal(18,4)') }},
                {{ number_reason(c.total_fines_dollars, 'Total Amount of Fines in Dollars', false, 'decimal(14,2)') }},
                {{ number_reason(c.total_penalties, 'Total Number of Penalties', false, 'decimal(18,4)') }},
                {{ number_reason(c.latitude, 'Latitude', true, 'double') }},
                {{ number_reason(c.longitude, 'Longitude', true, 'double') }},
                case when c.certified_beds is not null and not {{ matches(c.certified_beds, '[0-9]+([.]0+)?') }} then 'number_not_whole:Number of Certified Beds' end,
                case when try_cast(c.overall_rating as decimal(10,2)) not in (1, 2, 3, 4, 5) then 'rating_out_of_range:Overall Rating' end,
                case when try_cast(c.health_inspection_rating as decimal(10,2)) not in (1, 2, 3, 4, 5) then 'rating_out_of_range:Health Inspection Rating' end,
                case when try_cast(c.qm_rating as decimal(10,2)) not in (1, 2, 3, 4, 5) then 'rating_out_of_range:QM Rating' end,
                case when try_cast(c.long_stay_qm_rating as decimal(10,2)) not in (1, 2, 3, 4, 5) then 'rating_out_of_range:Long-Stay QM Rating' end,
                case when try_cast(c.short_stay_qm_rating as decimal(10,2)) not in (1, 2, 3, 4, 5) then 'rating_out_of_range:Short-Stay QM Rating' end,
                case when try_cast(c.staffing_rating as decimal(10,2)) not in (1, 2, 3, 4, 5) then 'rating_out_of_range:Staffing Rating' end,
                case when c.administrators_left is not null and not {{ matches(c.administrators_left, '[0-9]+([.]0+)?') }} then 'number_not_whole:Number of administrators who have left the nursing home' end,
                case when c.number_of_fines is not null and not {{ matches(c.number_of_fines, '[0-9]+([.]0+)?') }} then 'number_not_whole:Number of Fines' end,
                case when c.total_penalties is not null and not {{ matches(c.total_penalties, '[0-9]+([.]0+)?') }} then 'number_not_whole:Total Number of Penalties' end
            )
        end as reason
    from normalized as c
),

deduplicated as (
    select
        k.*,
        {{ reason_or_duplicate(k, k.ccn, k.processing_date_value) }} as reject_reason
    from checked as k
),

ranked as (
    select
        d.*,
        {{ batch_rank(d, d.ccn, d.processing_date_value) }} as batch_rank
    from deduplicated as d
)

select
    {{ batch_id }} as batch_id,
    d.ccn,
    d.processing_date_value as processing_date,
    d.provider_name,
    d.provider_address,
    d.city,
    d.state,
    d.zip_code,
    d.county,
    d.ownership_type,
    cast(try_cast(d.certified_beds as decimal(18,4)) as bigint) as certified_beds,
    try_cast(d.avg_residents_per_day as decimal(12,4)) as avg_residents_per_day,
    d.provider_type,
    d.in_hospital,
    d.legal_business_name,
    d.affiliated_entity_name,
    d.affiliated_entity_id,
    d.ccrc,
    d.special_focus_status,
    d.abuse_icon,
    d.changed_ownership_last_12_months,
    cast(try_cast(d.overall_rating as decimal(18,4)) as bigint) as overall_rating,
    d.overall_rating_footnote,
    cast(try_cast(d.health_inspection_rating as decimal(18,4)) as bigint) as health_inspection_rating,
    cast(try_cast(d.qm_rating as decimal(18,4)) as bigint) as qm_rating,
    cast(try_cast(d.long_stay_qm_rating as decimal(18,4)) as bigint) as long_stay_qm_rating,
    cast(try_cast(d.short_stay_qm_rating as decimal(18,4)) as bigint) as short_stay_qm_rating,
    cast(try_cast(d.staffing_rating as decimal(18,4)) as bigint) as staffing_rating,
    d.staffing_rating_footnote,
    d.reported_staffing_footnote,
    try_cast(d.reported_aide_hprd as decimal(10,5)) as reported_aide_hprd,
    try_cast(d.reported_lpn_hprd as decimal(10,5)) as reported_lpn_hprd,
    try_cast(d.reported_rn_hprd as decimal(10,5)) as reported_rn_hprd,
    try_cast(d.reported_licensed_hprd as decimal(10,5)) as reported_licensed_hprd,
    try_cast(d.reported_total_hprd as decimal(10,5)) as reported_total_hprd,
    try_cast(d.reported_weekend_total_hprd as decimal(10,5)) as reported_weekend_total_hprd,
    try_cast(d.reported_weekend_rn_hprd as decimal(10,5)) as reported_weekend_rn_hprd,
    try_cast(d.reported_pt_hprd as decimal(10,5)) as reported_pt_hprd,
    try_cast(d.total_nurse_turnover as decimal(10,2)) as total_nurse_turnover,
    try_cast(d.rn_turnover as decimal(10,2)) as rn_turnover,
    cast(try_cast(d.administrators_left as decimal(18,4)) as bigint) as administrators_left,
    try_cast(d.nursing_cmi as decimal(10,5)) as nursing_cmi,
    try_cast(d.nursing_cmi_ratio as decimal(10,5)) as nursing_cmi_ratio,
    try_cast(d.casemix_aide_hprd as decimal(10,5)) as casemix_aide_hprd,
    try_cast(d.casemix_lpn_hprd as decimal(10,5)) as casemix_lpn_hprd,
    try_cast(d.casemix_rn_hprd as decimal(10,5)) as casemix_rn_hprd,
    try_cast(d.casemix_total_hprd as decimal(10,5)) as casemix_total_hprd,
    try_cast(d.casemix_weekend_total_hprd as decimal(10,5)) as casemix_weekend_total_hprd,
    try_cast(d.adjusted_aide_hprd as decimal(10,5)) as adjusted_aide_hprd,
    try_cast(d.adjusted_lpn_hprd as decimal(10,5)) as adjusted_lpn_hprd,
    try_cast(d.adjusted_rn_hprd as decimal(10,5)) as adjusted_rn_hprd,
    try_cast(d.adjusted_total_hprd as decimal(10,5)) as adjusted_total_hprd,
    try_cast(d.adjusted_weekend_total_hprd as decimal(10,5)) as adjusted_weekend_total_hprd,
    cast(try_cast(d.number_of_fines as decimal(18,4)) as bigint) as number_of_fines,
    try_cast(d.total_fines_dollars as decimal(14,2)) as total_fines_dollars,
    cast(try_cast(d.total_penalties as decimal(18,4)) as bigint) as total_penalties,
    try_cast(d.latitude as double) as latitude,
    try_cast(d.longitude as double) as longitude,
    d.file_id,
    d.line_number,
    d.precedence,
    d.reject_reason,
    case
        when d.reject_reason is not null then coalesce(d.raw_record, {{ csv_line(d.ccn_text, d.processing_date, d.provider_name, d.provider_address, d.city, d.state, d.zip_code, d.county, d.ownership_type, d.certified_beds, d.avg_residents_per_day, d.provider_type, d.in_hospital, d.legal_business_name, d.affiliated_entity_name, d.affiliated_entity_id, d.ccrc, d.special_focus_status, d.abuse_icon, d.changed_ownership_last_12_months, d.overall_rating, d.overall_rating_footnote, d.health_inspection_rating, d.qm_rating, d.long_stay_qm_rating, d.short_stay_qm_rating, d.staffing_rating, d.staffing_rating_footnote, d.reported_staffing_footnote, d.reported_aide_hprd, d.reported_lpn_hprd, d.reported_rn_hprd, d.reported_licensed_hprd, d.reported_total_hprd, d.reported_weekend_total_hprd, d.reported_weekend_rn_hprd, d.reported_pt_hprd, d.total_nurse_turnover, d.rn_turnover, d.administrators_left, d.nursing_cmi, d.nursing_cmi_ratio, d.casemix_aide_hprd, d.casemix_lpn_hprd, d.casemix_rn_hprd, d.casemix_total_hprd, d.casemix_weekend_total_hprd, d.adjusted_aide_hprd, d.adjusted_lpn_hprd, d.adjusted_rn_hprd, d.adjusted_total_hprd, d.adjusted_weekend_total_hprd, d.number_of_fines, d.total_fines_dollars, d.total_penalties, d.latitude, d.longitude) }})
    end as raw_text,
    d.batch_rank
from ranked as d
