-- Types the PBJ Bronze rows of this batch and finds, for each row, the first reason it cannot be kept.
--
-- PBJ Daily Nurse Staffing has one row per facility per day. A row is kept when: its record parsed cleanly; its CCN
-- is 6 letters/digits (a 5-digit CCN gets back the leading zero a spreadsheet took); its State is a USPS code CMS
-- uses; WorkDate is a real YYYYMMDD date inside the row's CY_Qtr (which must be present and YYYYQn); MDScensus is a
-- non-negative whole number that fits DECIMAL(18,4); every hours value is a non-negative decimal that fits
-- DECIMAL(12,4) (under 10^8) with at most 4 decimals (contract hours may be empty: they are derived as total - employee, since CMS defines
-- Hrs_X = Hrs_X_emp + Hrs_X_ctr); and total, employee and contract hours agree within 0.05 hours. Of rows with the
-- same (ccn, work_date) in one file, the last one is kept and the others are rejected as duplicate_in_file; across the
-- batch's files, the file with the greatest precedence wins (batch_rank = 1, the others 2).
--
-- Written for a national quarter (1.4 million rows) and more in one batch: the common case, a row whose 24 hours
-- values are all well-formed as they came, is recognized by one regular expression over them all, and only the rows
-- that fail it are trimmed and given per-column reasons; duplicates and cross-file winners are found by grouping the
-- rows by key and keeping the few keys that repeat, not by sorting whole rows in a window (the smaller datasets'
-- statements use the reason_or_duplicate and batch_rank window macros, which rank the same way).
insert into {{ silver }}.stg_pbj_daily (
    {{ columns(silver.stg_pbj_daily) }}
)
-- The batch's files first, so that the planner sees a handful of rows on this side of the join: joined to the whole
-- file log, DuckDB took the Bronze rows (whose count it cannot estimate) as the side to build, and hashed every row.
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
        nullif(trim(r.provnum), '') as provnum_text,
        nullif(trim(r.provname), '') as provider_name,
        nullif(trim(r.city), '') as city,
        nullif(upper(trim(r.state)), '') as state,
        nullif(trim(r.county_name), '') as county_name,
        nullif(trim(r.county_fips), '') as county_fips,
        nullif(trim(r.incomplete), '') as incomplete,
        nullif(upper(trim(r.cy_qtr)), '') as cy_qtr_text,
        nullif(trim(r.workdate), '') as workdate_text,
        nullif(trim(r.mdscensus), '') as census_text,
        r.hrs_rndon as hrs_rndon_raw,
        r.hrs_rndon_emp as hrs_rndon_emp_raw,
        r.hrs_rndon_ctr as hrs_rndon_ctr_raw,
        r.hrs_rnadmin as hrs_rnadmin_raw,
        r.hrs_rnadmin_emp as hrs_rnadmin_emp_raw,
        r.hrs_rnadmin_ctr as hrs_rnadmin_ctr_raw,
        r.hrs_rn as hrs_rn_raw,
        r.hrs_rn_emp as hrs_rn_emp_raw,
        r.hrs_rn_ctr as hrs_rn_ctr_raw,
        r.hrs_lpnadmin as hrs_lpnadmin_raw,
        r.hrs_lpnadmin_emp as hrs_lpnadmin_emp_raw,
        r.hrs_lpnadmin_ctr as hrs_lpnadmin_ctr_raw,
        r.hrs_lpn as hrs_lpn_raw,
        r.hrs_lpn_emp as hrs_lpn_emp_raw,
        r.hrs_lpn_ctr as hrs_lpn_ctr_raw,
        r.hrs_cna as hrs_cna_raw,
        r.hrs_cna_emp as hrs_cna_emp_raw,
        r.hrs_cna_ctr as hrs_cna_ctr_raw,
        r.hrs_natrn as hrs_natrn_raw,
        r.hrs_natrn_emp as hrs_natrn_emp_raw,
        r.hrs_natrn_ctr as hrs_natrn_ctr_raw,
        r.hrs_medaide as hrs_medaide_raw,
        r.hrs_medaide_emp as hrs_medaide_emp_raw,
        r.hrs_medaide_ctr as hrs_medaide_ctr_raw,
        -- The 24 hours values as they came, in one line, for the one-regex check of the common case.
        {{ joined_text(r.hrs_rndon, r.hrs_rndon_emp, r.hrs_rndon_ctr, r.hrs_rnadmin, r.hrs_rnadmin_emp, r.hrs_rnadmin_ctr, r.hrs_rn, r.hrs_rn_emp, r.hrs_rn_ctr, r.hrs_lpnadmin, r.hrs_lpnadmin_emp, r.hrs_lpnadmin_ctr, r.hrs_lpn, r.hrs_lpn_emp, r.hrs_lpn_ctr, r.hrs_cna, r.hrs_cna_emp, r.hrs_cna_ctr, r.hrs_natrn, r.hrs_natrn_emp, r.hrs_natrn_ctr, r.hrs_medaide, r.hrs_medaide_emp, r.hrs_medaide_ctr) }} as hours_line
    from {{ bronze }}.pbj_rows as r
    join batch_files as f on f.file_id = r.file_id
    where r.file_id in ({{ batch_file_ids }})
),

-- The common case: every total and employee value present, every value a non-negative decimal with at most 4
-- decimals, written without spaces. Only the rows that fail this one check are trimmed and given per-column reasons.
screened as (
    select
        b.*,
        {{ matches(b.hours_line, '([0-9]+([.][0-9]{1,4})?[|][0-9]+([.][0-9]{1,4})?[|]([0-9]+([.][0-9]{1,4})?)?[|]){7}[0-9]+([.][0-9]{1,4})?[|][0-9]+([.][0-9]{1,4})?[|]([0-9]+([.][0-9]{1,4})?)?') }} as hours_well_formed
    from bronze_rows as b
),

normalized as (
    select
        s.*,
        case
            when {{ matches(s.provnum_text, '[0-9]{5}') }} then '0' || s.provnum_text
            else upper(s.provnum_text)
        end as ccn,
        try_cast(substr(s.workdate_text, 1, 4) || '-' || substr(s.workdate_text, 5, 2) || '-'
            || substr(s.workdate_text, 7, 2) as date) as work_date,
        case when s.hours_well_formed then s.hrs_rndon_raw else nullif(trim(s.hrs_rndon_raw), '') end as hrs_rndon,
        case when s.hours_well_formed then s.hrs_rndon_emp_raw else nullif(trim(s.hrs_rndon_emp_raw), '') end as hrs_rndon_emp,
        case when s.hours_well_formed then s.hrs_rndon_ctr_raw else nullif(trim(s.hrs_rndon_ctr_raw), '') end as hrs_rndon_ctr,
        case when s.hours_well_formed then s.hrs_rnadmin_raw else nullif(trim(s.hrs_rnadmin_raw), '') end as hrs_rnadmin,
        case when s.hours_well_formed then s.hrs_rnadmin_emp_raw else nullif(trim(s.hrs_rnadmin_emp_raw), '') end as hrs_rnadmin_emp,
        case when s.hours_well_formed then s.hrs_rnadmin_ctr_raw else nullif(trim(s.hrs_rnadmin_ctr_raw), '') end as hrs_rnadmin_ctr,
        case when s.hours_well_formed then s.hrs_rn_raw else nullif(trim(s.hrs_rn_raw), '') end as hrs_rn,
        case when s.hours_well_formed then s.hrs_rn_emp_raw else nullif(trim(s.hrs_rn_emp_raw), '') end as hrs_rn_emp,
        case when s.hours_well_formed then s.hrs_rn_ctr_raw else nullif(trim(s.hrs_rn_ctr_raw), '') end as hrs_rn_ctr,
        case when s.hours_well_formed then s.hrs_lpnadmin_raw else nullif(trim(s.hrs_lpnadmin_raw), '') end as hrs_lpnadmin,
        case when s.hours_well_formed then s.hrs_lpnadmin_emp_raw else nullif(trim(s.hrs_lpnadmin_emp_raw), '') end as hrs_lpnadmin_emp,
        case when s.hours_well_formed then s.hrs_lpnadmin_ctr_raw else nullif(trim(s.hrs_lpnadmin_ctr_raw), '') end as hrs_lpnadmin_ctr,
        case when s.hours_well_formed then s.hrs_lpn_raw else nullif(trim(s.hrs_lpn_raw), '') end as hrs_lpn,
        case when s.hours_well_formed then s.hrs_lpn_emp_raw else nullif(trim(s.hrs_lpn_emp_raw), '') end as hrs_lpn_emp,
        case when s.hours_well_formed then s.hrs_lpn_ctr_raw else nullif(trim(s.hrs_lpn_ctr_raw), '') end as hrs_lpn_ctr,
        case when s.hours_well_formed then s.hrs_cna_raw else nullif(trim(s.hrs_cna_raw), '') end as hrs_cna,
        case when s.hours_well_formed then s.hrs_cna_emp_raw else nullif(trim(s.hrs_cna_emp_raw), '') end as hrs_cna_emp,
        case when s.hours_well_formed then s.hrs_cna_ctr_raw else nullif(trim(s.hrs_cna_ctr_raw), '') end as hrs_cna_ctr,
        case when s.hours_well_formed then s.hrs_natrn_raw else nullif(trim(s.hrs_natrn_raw), '') end as hrs_natrn,
        case when s.hours_well_formed then s.hrs_natrn_emp_raw else nullif(trim(s.hrs_natrn_emp_raw), '') end as hrs_natrn_emp,
        case when s.hours_well_formed then s.hrs_natrn_ctr_raw else nullif(trim(s.hrs_natrn_ctr_raw), '') end as hrs_natrn_ctr,
        case when s.hours_well_formed then s.hrs_medaide_raw else nullif(trim(s.hrs_medaide_raw), '') end as hrs_medaide,
        case when s.hours_well_formed then s.hrs_medaide_emp_raw else nullif(trim(s.hrs_medaide_emp_raw), '') end as hrs_medaide_emp,
        case when s.hours_well_formed then s.hrs_medaide_ctr_raw else nullif(trim(s.hrs_medaide_ctr_raw), '') end as hrs_medaide_ctr
    from screened as s
),

typed as (
    select
        n.*,
        try_cast(n.hrs_rndon as decimal(12,4)) as rndon_value,
        try_cast(n.hrs_rndon_emp as decimal(12,4)) as rndon_emp_value,
        try_cast(n.hrs_rndon_ctr as decimal(12,4)) as rndon_ctr_value,
        try_cast(n.hrs_rnadmin as decimal(12,4)) as rnadmin_value,
        try_cast(n.hrs_rnadmin_emp as decimal(12,4)) as rnadmin_emp_value,
        try_cast(n.hrs_rnadmin_ctr as decimal(12,4)) as rnadmin_ctr_value,
        try_cast(n.hrs_rn as decimal(12,4)) as rn_value,
        try_cast(n.hrs_rn_emp as decimal(12,4)) as rn_emp_value,
        try_cast(n.hrs_rn_ctr as decimal(12,4)) as rn_ctr_value,
        try_cast(n.hrs_lpnadmin as decimal(12,4)) as lpnadmin_value,
        try_cast(n.hrs_lpnadmin_emp as decimal(12,4)) as lpnadmin_emp_value,
        try_cast(n.hrs_lpnadmin_ctr as decimal(12,4)) as lpnadmin_ctr_value,
        try_cast(n.hrs_lpn as decimal(12,4)) as lpn_value,
        try_cast(n.hrs_lpn_emp as decimal(12,4)) as lpn_emp_value,
        try_cast(n.hrs_lpn_ctr as decimal(12,4)) as lpn_ctr_value,
        try_cast(n.hrs_cna as decimal(12,4)) as cna_value,
        try_cast(n.hrs_cna_emp as decimal(12,4)) as cna_emp_value,
        try_cast(n.hrs_cna_ctr as decimal(12,4)) as cna_ctr_value,
        try_cast(n.hrs_natrn as decimal(12,4)) as natrn_value,
        try_cast(n.hrs_natrn_emp as decimal(12,4)) as natrn_emp_value,
        try_cast(n.hrs_natrn_ctr as decimal(12,4)) as natrn_ctr_value,
        try_cast(n.hrs_medaide as decimal(12,4)) as medaide_value,
        try_cast(n.hrs_medaide_emp as decimal(12,4)) as medaide_emp_value,
        try_cast(n.hrs_medaide_ctr as decimal(12,4)) as medaide_ctr_value
    from normalized as n
),

-- Read three times below (the keys that repeat, their rows, and all rows): computed once.
checked as {{ materialized() }} (
    select
        -- What the rest reads, without the raw hours values and their line (materialized rows are written out whole).
        c.file_id, c.line_number, c.precedence, c.raw_record, c.provnum_text, c.provider_name, c.city, c.state,
        c.county_name, c.county_fips, c.cy_qtr_text, c.workdate_text, c.census_text, c.incomplete, c.ccn,
        c.work_date, c.hrs_rndon, c.hrs_rndon_emp, c.hrs_rndon_ctr, c.hrs_rnadmin, c.hrs_rnadmin_emp,
        c.hrs_rnadmin_ctr, c.hrs_rn, c.hrs_rn_emp, c.hrs_rn_ctr, c.hrs_lpnadmin, c.hrs_lpnadmin_emp,
        c.hrs_lpnadmin_ctr, c.hrs_lpn, c.hrs_lpn_emp, c.hrs_lpn_ctr, c.hrs_cna, c.hrs_cna_emp, c.hrs_cna_ctr,
        c.hrs_natrn, c.hrs_natrn_emp, c.hrs_natrn_ctr, c.hrs_medaide, c.hrs_medaide_emp, c.hrs_medaide_ctr,
        c.rndon_value, c.rndon_emp_value, c.rndon_ctr_value, c.rnadmin_value, c.rnadmin_emp_value,
        c.rnadmin_ctr_value, c.rn_value, c.rn_emp_value, c.rn_ctr_value, c.lpnadmin_value, c.lpnadmin_emp_value,
        c.lpnadmin_ctr_value, c.lpn_value, c.lpn_emp_value, c.lpn_ctr_value, c.cna_value, c.cna_emp_value,
        c.cna_ctr_value, c.natrn_value, c.natrn_emp_value, c.natrn_ctr_value, c.medaide_value, c.medaide_emp_value,
        c.medaide_ctr_value,
        case
            when c.record_issue is not null then c.record_issue
            when c.ccn is null then 'ccn_missing'
            when not {{ matches(c.ccn, '[0-9A-Z]{6}') }} then 'ccn_malformed'
            when c.state is null or not {{ matches(c.state, '[A-Z]{2}') }} then 'state_malformed'
            when not {{ known_state(c.state) }} then 'state_unknown'
            when c.workdate_text is null then 'workdate_missing'
            when not {{ matches(c.workdate_text, '[0-9]{8}') }} or c.work_date is null then 'workdate_unparseable'
            -- Without a readable CY_Qtr a row cannot be checked against its file's quarter: it is not kept.
            when c.cy_qtr_text is null then 'cy_qtr_missing'
            when not {{ matches(c.cy_qtr_text, '[0-9]{4}Q[1-4]') }} then 'cy_qtr_malformed'
            when c.cy_qtr_text <> cast(year(c.work_date) as varchar) || 'Q' || cast(quarter(c.work_date) as varchar)
                then 'workdate_outside_quarter'
            when c.census_text is null then 'census_missing'
            when {{ matches(c.census_text, '-[0-9]*[.]?[0-9]+') }} then 'census_negative'
            when not {{ matches(c.census_text, '[0-9]+([.]0+)?') }} then 'census_non_numeric'
            when try_cast(c.census_text as decimal(18,4)) is null then 'census_out_of_range'
            -- The per-column reasons, worked out only for the rows the common-case check did not pass; then values too large
            -- for DECIMAL(12,4) (10^8 hours or more: rejected, never kept as NULL) and totals that do not add up.
            else coalesce(
                case when not c.hours_well_formed then coalesce(
                    {{ hours_reason(c.hrs_rndon, 'Hrs_RNDON', true) }},
                    {{ hours_reason(c.hrs_rndon_emp, 'Hrs_RNDON_emp', true) }},
                    {{ hours_reason(c.hrs_rndon_ctr, 'Hrs_RNDON_ctr', false) }},
                    {{ hours_reason(c.hrs_rnadmin, 'Hrs_RNadmin', true) }},
                    {{ hours_reason(c.hrs_rnadmin_emp, 'Hrs_RNadmin_emp', true) }},
                    {{ hours_reason(c.hrs_rnadmin_ctr, 'Hrs_RNadmin_ctr', false) }},
                    {{ hours_reason(c.hrs_rn, 'Hrs_RN', true) }},
                    {{ hours_reason(c.hrs_rn_emp, 'Hrs_RN_emp', true) }},
                    {{ hours_reason(c.hrs_rn_ctr, 'Hrs_RN_ctr', false) }},
                    {{ hours_reason(c.hrs_lpnadmin, 'Hrs_LPNadmin', true) }},
                    {{ hours_reason(c.hrs_lpnadmin_emp, 'Hrs_LPNadmin_emp', true) }},
                    {{ hours_reason(c.hrs_lpnadmin_ctr, 'Hrs_LPNadmin_ctr', false) }},
                    {{ hours_reason(c.hrs_lpn, 'Hrs_LPN', true) }},
                    {{ hours_reason(c.hrs_lpn_emp, 'Hrs_LPN_emp', true) }},
                    {{ hours_reason(c.hrs_lpn_ctr, 'Hrs_LPN_ctr', false) }},
                    {{ hours_reason(c.hrs_cna, 'Hrs_CNA', true) }},
                    {{ hours_reason(c.hrs_cna_emp, 'Hrs_CNA_emp', true) }},
                    {{ hours_reason(c.hrs_cna_ctr, 'Hrs_CNA_ctr', false) }},
                    {{ hours_reason(c.hrs_natrn, 'Hrs_NAtrn', true) }},
                    {{ hours_reason(c.hrs_natrn_emp, 'Hrs_NAtrn_emp', true) }},
                    {{ hours_reason(c.hrs_natrn_ctr, 'Hrs_NAtrn_ctr', false) }},
                    {{ hours_reason(c.hrs_medaide, 'Hrs_MedAide', true) }},
                    {{ hours_reason(c.hrs_medaide_emp, 'Hrs_MedAide_emp', true) }},
                    {{ hours_reason(c.hrs_medaide_ctr, 'Hrs_MedAide_ctr', false) }}
                ) end,
                {{ out_of_range(c.hrs_rndon, c.rndon_value, 'hours_out_of_range:Hrs_RNDON') }},
                {{ out_of_range(c.hrs_rndon_emp, c.rndon_emp_value, 'hours_out_of_range:Hrs_RNDON_emp') }},
                {{ out_of_range(c.hrs_rndon_ctr, c.rndon_ctr_value, 'hours_out_of_range:Hrs_RNDON_ctr') }},
                {{ out_of_range(c.hrs_rnadmin, c.rnadmin_value, 'hours_out_of_range:Hrs_RNadmin') }},
                {{ out_of_range(c.hrs_rnadmin_emp, c.rnadmin_emp_value, 'hours_out_of_range:Hrs_RNadmin_emp') }},
                {{ out_of_range(c.hrs_rnadmin_ctr, c.rnadmin_ctr_value, 'hours_out_of_range:Hrs_RNadmin_ctr') }},
                {{ out_of_range(c.hrs_rn, c.rn_value, 'hours_out_of_range:Hrs_RN') }},
                {{ out_of_range(c.hrs_rn_emp, c.rn_emp_value, 'hours_out_of_range:Hrs_RN_emp') }},
                {{ out_of_range(c.hrs_rn_ctr, c.rn_ctr_value, 'hours_out_of_range:Hrs_RN_ctr') }},
                {{ out_of_range(c.hrs_lpnadmin, c.lpnadmin_value, 'hours_out_of_range:Hrs_LPNadmin') }},
                {{ out_of_range(c.hrs_lpnadmin_emp, c.lpnadmin_emp_value, 'hours_out_of_range:Hrs_LPNadmin_emp') }},
                {{ out_of_range(c.hrs_lpnadmin_ctr, c.lpnadmin_ctr_value, 'hours_out_of_range:Hrs_LPNadmin_ctr') }},
                {{ out_of_range(c.hrs_lpn, c.lpn_value, 'hours_out_of_range:Hrs_LPN') }},
                {{ out_of_range(c.hrs_lpn_emp, c.lpn_emp_value, 'hours_out_of_range:Hrs_LPN_emp') }},
                {{ out_of_range(c.hrs_lpn_ctr, c.lpn_ctr_value, 'hours_out_of_range:Hrs_LPN_ctr') }},
                {{ out_of_range(c.hrs_cna, c.cna_value, 'hours_out_of_range:Hrs_CNA') }},
                {{ out_of_range(c.hrs_cna_emp, c.cna_emp_value, 'hours_out_of_range:Hrs_CNA_emp') }},
                {{ out_of_range(c.hrs_cna_ctr, c.cna_ctr_value, 'hours_out_of_range:Hrs_CNA_ctr') }},
                {{ out_of_range(c.hrs_natrn, c.natrn_value, 'hours_out_of_range:Hrs_NAtrn') }},
                {{ out_of_range(c.hrs_natrn_emp, c.natrn_emp_value, 'hours_out_of_range:Hrs_NAtrn_emp') }},
                {{ out_of_range(c.hrs_natrn_ctr, c.natrn_ctr_value, 'hours_out_of_range:Hrs_NAtrn_ctr') }},
                {{ out_of_range(c.hrs_medaide, c.medaide_value, 'hours_out_of_range:Hrs_MedAide') }},
                {{ out_of_range(c.hrs_medaide_emp, c.medaide_emp_value, 'hours_out_of_range:Hrs_MedAide_emp') }},
                {{ out_of_range(c.hrs_medaide_ctr, c.medaide_ctr_value, 'hours_out_of_range:Hrs_MedAide_ctr') }},
                case when c.rndon_ctr_value is not null and abs(c.rndon_value - c.rndon_emp_value - c.rndon_ctr_value) > 0.05
                    then 'hours_inconsistent:Hrs_RNDON' end,
                case when c.rnadmin_ctr_value is not null and abs(c.rnadmin_value - c.rnadmin_emp_value - c.rnadmin_ctr_value) > 0.05
                    then 'hours_inconsistent:Hrs_RNadmin' end,
                case when c.rn_ctr_value is not null and abs(c.rn_value - c.rn_emp_value - c.rn_ctr_value) > 0.05
                    then 'hours_inconsistent:Hrs_RN' end,
                case when c.lpnadmin_ctr_value is not null and abs(c.lpnadmin_value - c.lpnadmin_emp_value - c.lpnadmin_ctr_value) > 0.05
                    then 'hours_inconsistent:Hrs_LPNadmin' end,
                case when c.lpn_ctr_value is not null and abs(c.lpn_value - c.lpn_emp_value - c.lpn_ctr_value) > 0.05
                    then 'hours_inconsistent:Hrs_LPN' end,
                case when c.cna_ctr_value is not null and abs(c.cna_value - c.cna_emp_value - c.cna_ctr_value) > 0.05
                    then 'hours_inconsistent:Hrs_CNA' end,
                case when c.natrn_ctr_value is not null and abs(c.natrn_value - c.natrn_emp_value - c.natrn_ctr_value) > 0.05
                    then 'hours_inconsistent:Hrs_NAtrn' end,
                case when c.medaide_ctr_value is not null and abs(c.medaide_value - c.medaide_emp_value - c.medaide_ctr_value) > 0.05
                    then 'hours_inconsistent:Hrs_MedAide' end
            )
        end as reason
    from typed as c
),

-- Keys that more than one valid row of the batch carries (a few, if any): only their rows are looked at again to find
-- duplicates within a file and the winning file, so the 1.4 million rows of a quarter are grouped once, not twice.
repeated_keys as (
    select k.ccn, k.work_date
    from checked as k
    where k.reason is null
    group by k.ccn, k.work_date
    having count(*) > 1
),

repeated_rows as (
    select k.file_id, k.ccn, k.work_date, k.line_number, k.precedence
    from checked as k
    join repeated_keys as rk on rk.ccn = k.ccn and rk.work_date = k.work_date
    where k.reason is null
),

-- Keys that more than one valid row of a file carries: the last line wins, the others are duplicate_in_file.
duplicate_keys as (
    select k.file_id, k.ccn, k.work_date, max(k.line_number) as last_line
    from repeated_rows as k
    group by k.file_id, k.ccn, k.work_date
    having count(*) > 1
),

deduplicated as (
    select
        k.*,
        case
            when k.reason is not null then k.reason
            when k.line_number < dk.last_line then 'duplicate_in_file'
        end as reject_reason
    from checked as k
    left join duplicate_keys as dk on dk.file_id = k.file_id and dk.ccn = k.ccn and dk.work_date = k.work_date
),

-- Keys that valid rows of more than one file carry: the file with the greatest precedence wins (its last line).
contested_keys as (
    select k.ccn, k.work_date, max(k.precedence) as winning_precedence
    from repeated_rows as k
    group by k.ccn, k.work_date
    having min(k.precedence) <> max(k.precedence)
)

select
    {{ batch_id }} as batch_id,
    d.ccn,
    d.work_date,
    cast(year(d.work_date) as varchar) || 'Q' || cast(quarter(d.work_date) as varchar) as quarter,
    d.provider_name,
    d.city,
    d.state,
    d.county_name,
    d.county_fips,
    cast(try_cast(d.census_text as decimal(18,4)) as bigint) as mds_census,
    d.rndon_value as hrs_rndon,
    d.rndon_emp_value as hrs_rndon_emp,
    coalesce(d.rndon_ctr_value, d.rndon_value - d.rndon_emp_value) as hrs_rndon_ctr,
    d.rnadmin_value as hrs_rnadmin,
    d.rnadmin_emp_value as hrs_rnadmin_emp,
    coalesce(d.rnadmin_ctr_value, d.rnadmin_value - d.rnadmin_emp_value) as hrs_rnadmin_ctr,
    d.rn_value as hrs_rn,
    d.rn_emp_value as hrs_rn_emp,
    coalesce(d.rn_ctr_value, d.rn_value - d.rn_emp_value) as hrs_rn_ctr,
    d.lpnadmin_value as hrs_lpnadmin,
    d.lpnadmin_emp_value as hrs_lpnadmin_emp,
    coalesce(d.lpnadmin_ctr_value, d.lpnadmin_value - d.lpnadmin_emp_value) as hrs_lpnadmin_ctr,
    d.lpn_value as hrs_lpn,
    d.lpn_emp_value as hrs_lpn_emp,
    coalesce(d.lpn_ctr_value, d.lpn_value - d.lpn_emp_value) as hrs_lpn_ctr,
    d.cna_value as hrs_cna,
    d.cna_emp_value as hrs_cna_emp,
    coalesce(d.cna_ctr_value, d.cna_value - d.cna_emp_value) as hrs_cna_ctr,
    d.natrn_value as hrs_natrn,
    d.natrn_emp_value as hrs_natrn_emp,
    coalesce(d.natrn_ctr_value, d.natrn_value - d.natrn_emp_value) as hrs_natrn_ctr,
    d.medaide_value as hrs_medaide,
    d.medaide_emp_value as hrs_medaide_emp,
    coalesce(d.medaide_ctr_value, d.medaide_value - d.medaide_emp_value) as hrs_medaide_ctr,
    d.incomplete,
    d.file_id,
    d.line_number,
    d.precedence,
    d.reject_reason,
    case
        when d.reject_reason is not null then coalesce(d.raw_record, {{ csv_line(d.provnum_text, d.provider_name, d.city, d.state, d.county_name, d.county_fips, d.cy_qtr_text, d.workdate_text, d.census_text, d.hrs_rndon, d.hrs_rndon_emp, d.hrs_rndon_ctr, d.hrs_rnadmin, d.hrs_rnadmin_emp, d.hrs_rnadmin_ctr, d.hrs_rn, d.hrs_rn_emp, d.hrs_rn_ctr, d.hrs_lpnadmin, d.hrs_lpnadmin_emp, d.hrs_lpnadmin_ctr, d.hrs_lpn, d.hrs_lpn_emp, d.hrs_lpn_ctr, d.hrs_cna, d.hrs_cna_emp, d.hrs_cna_ctr, d.hrs_natrn, d.hrs_natrn_emp, d.hrs_natrn_ctr, d.hrs_medaide, d.hrs_medaide_emp, d.hrs_medaide_ctr) }})
    end as raw_text,
    case
        when d.reject_reason is not null then null
        when ck.winning_precedence is null or d.precedence = ck.winning_precedence then 1
        else 2
    end as batch_rank
from deduplicated as d
left join contested_keys as ck on ck.ccn = d.ccn and ck.work_date = d.work_date
