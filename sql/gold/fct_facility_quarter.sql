-- Facility-quarter staffing measures, recomputed from PBJ exactly as CMS computes Care Compare's reported staffing
-- (Technical Users' Guide, Apr 2020, Staffing Domain): sum the hours over the quarter, sum the daily MDS census,
-- divide; only days with at least one resident count. Weekend measures do the same over Saturdays and Sundays (CMS
-- Data Dictionary, Table 18, 2022-01). Average residents per day is the mean census over all reported days. Beds,
-- case-mix HPRD and the release date come from the Provider Info release that carries the quarter (see
-- int_provider_info_releases); beds fall back to the nearest loaded release, and say so in beds_release.
merge into {{ gold }}.fct_facility_quarter as t
using (
    with days as (
        select d.*
        from {{ gold }}.fct_facility_day as d
        join {{ silver }}.stg_affected_facility_quarters as a on a.ccn = d.ccn and a.quarter = d.quarter
        where a.batch_id = {{ batch_id }} and a.facts_changed
    ),

    names as (
        select
            p.ccn,
            p.quarter,
            max(p.provider_name) as provider_name,
            max(p.city) as city
        from {{ silver }}.pbj_daily as p
        join {{ silver }}.stg_affected_facility_quarters as a on a.ccn = p.ccn and a.quarter = p.quarter
        where a.batch_id = {{ batch_id }} and a.facts_changed
        group by p.ccn, p.quarter
    ),

    quarters as (
        select
            ccn,
            quarter,
            min(work_date) as first_day,
            max(state) as state,
            count(*) as days_reported,
            sum(case when mds_census > 0 then 1 else 0 end) as days_with_residents,
            sum(mds_census) as resident_days,
            cast(sum(case when mds_census > 0 then rn_hours end) as decimal(18,4)) as rn_hours,
            cast(sum(case when mds_census > 0 then lpn_hours end) as decimal(18,4)) as lpn_hours,
            cast(sum(case when mds_census > 0 then aide_hours end) as decimal(18,4)) as aide_hours,
            cast(sum(case when mds_census > 0 then total_hours end) as decimal(18,4)) as total_hours,
            cast(sum(case when mds_census > 0 then total_contract_hours end) as decimal(18,4)) as contract_hours,
            cast(sum(case when mds_census > 0 then rn_contract_hours end) as decimal(18,4)) as rn_contract_hours,
            cast(sum(case when mds_census > 0 then lpn_contract_hours end) as decimal(18,4)) as lpn_contract_hours,
            cast(sum(case when mds_census > 0 then aide_contract_hours end) as decimal(18,4)) as aide_contract_hours,
            sum(case when mds_census > 0 then rn_direct_hours end) as rn_direct_hours,
            sum(case when mds_census > 0 then lpn_direct_hours end) as lpn_direct_hours,
            cast(sum(case when mds_census > 0 then total_direct_hours end) as decimal(18,4)) as direct_hours,
            sum(case when mds_census > 0 and is_weekend then mds_census end) as weekend_resident_days,
            cast(sum(case when mds_census > 0 and is_weekend then total_hours end) as decimal(18,4)) as weekend_total_hours,
            cast(sum(case when mds_census > 0 and is_weekend then rn_hours end) as decimal(18,4)) as weekend_rn_hours,
            sum(case when mds_census > 0 and not is_weekend then mds_census end) as weekday_resident_days,
            sum(case when mds_census > 0 and not is_weekend then total_hours end) as weekday_total_hours,
            sum(case when is_zero_rn_day then 1 else 0 end) as zero_rn_days,
            -- The stability measure from exact DECIMAL sums of the daily values (each rounded to 6 decimals), so it is
            -- the same bytes whatever order an engine adds the days in (a float sum is not).
            count(total_hprd) as daily_hprd_days,
            sum(cast(total_hprd as decimal(38,6))) as daily_hprd_sum,
            sum(cast(total_hprd as decimal(38,6)) * cast(total_hprd as decimal(38,6))) as daily_hprd_sum_of_squares
        from days
        group by ccn, quarter
    ),

    releases as (
        select
            p.ccn,
            p.processing_date,
            r.staffing_quarter,
            p.certified_beds,
            p.casemix_total_hprd,
            p.casemix_rn_hprd
        from {{ silver }}.provider_info as p
        join {{ silver }}.int_provider_info_releases as r on r.processing_date = p.processing_date
        where p.ccn in (select ccn from quarters)
    ),

    carrying_release as (
        select
            q.ccn,
            q.quarter,
            r.processing_date,
            r.casemix_total_hprd,
            r.casemix_rn_hprd,
            row_number() over (partition by q.ccn, q.quarter order by r.processing_date desc) as release_rank
        from quarters as q
        join releases as r on r.ccn = q.ccn and r.staffing_quarter = q.quarter
    ),

    beds_release as (
        select
            q.ccn,
            q.quarter,
            r.processing_date,
            r.certified_beds,
            row_number() over (
                partition by q.ccn, q.quarter
                order by
                    case when r.staffing_quarter = q.quarter then 0 else 1 end,
                    abs(date_diff('day', q.first_day, r.processing_date)),
                    r.processing_date desc
            ) as release_rank
        from quarters as q
        join releases as r on r.ccn = q.ccn
        where r.certified_beds is not null
    ),

    -- Every ratio is declared once (ratio: in sql/tables/gold.yaml), the same formula at state and national level.
    measures as (
        select
            q.*,
            {{ measure(rn_hprd, q) }} as rn_hprd,
            {{ measure(lpn_hprd, q) }} as lpn_hprd,
            {{ measure(aide_hprd, q) }} as aide_hprd,
            {{ measure(licensed_hprd, q) }} as licensed_hprd,
            {{ measure(total_hprd, q) }} as total_hprd,
            {{ measure(weekend_total_hprd, q) }} as weekend_total_hprd,
            {{ measure(weekend_rn_hprd, q) }} as weekend_rn_hprd,
            {{ measure(weekday_total_hprd, q) }} as weekday_total_hprd,
            {{ measure(rn_direct_hprd, q) }} as rn_direct_hprd,
            {{ measure(lpn_direct_hprd, q) }} as lpn_direct_hprd,
            {{ measure(aide_direct_hprd, q) }} as aide_direct_hprd,
            {{ measure(total_direct_hprd, q) }} as total_direct_hprd,
            {{ measure(rn_contract_share, q) }} as rn_contract_share,
            {{ measure(lpn_contract_share, q) }} as lpn_contract_share,
            {{ measure(aide_contract_share, q) }} as aide_contract_share,
            {{ measure(total_contract_share, q) }} as total_contract_share,
            {{ measure(avg_residents, q) }} as avg_residents
        from quarters as q
    )

    select
        m.ccn,
        m.quarter,
        cast(substr(m.quarter, 1, 4) || '-' || lpad(cast(cast(substr(m.quarter, 6, 1) as integer) * 3 - 2 as varchar), 2, '0')
            || '-01' as date) as quarter_start,
        m.state,
        n.provider_name,
        n.city,
        m.days_reported,
        m.days_with_residents,
        m.resident_days,
        m.avg_residents,
        m.rn_hours,
        m.lpn_hours,
        m.aide_hours,
        m.total_hours,
        m.contract_hours,
        m.rn_contract_hours,
        m.lpn_contract_hours,
        m.aide_contract_hours,
        m.direct_hours,
        m.weekend_resident_days,
        m.weekend_total_hours,
        m.weekend_rn_hours,
        m.rn_hprd,
        m.lpn_hprd,
        m.aide_hprd,
        m.licensed_hprd,
        m.total_hprd,
        m.weekend_total_hprd,
        m.weekend_rn_hprd,
        m.weekday_total_hprd,
        m.weekend_total_hprd - m.weekday_total_hprd as weekend_gap_total_hprd,
        m.zero_rn_days,
        m.rn_contract_share,
        m.lpn_contract_share,
        m.aide_contract_share,
        m.total_contract_share,
        m.rn_direct_hprd,
        m.lpn_direct_hprd,
        m.aide_direct_hprd,
        m.total_direct_hprd,
        m.total_direct_hprd >= 3.48 as repealed_2024_total_348_met,
        m.rn_direct_hprd >= 0.55 as repealed_2024_rn_055_met,
        m.aide_direct_hprd >= 2.45 as repealed_2024_aide_245_met,
        -- stddev_pop / mean = sqrt(n * sum(x^2) - sum(x)^2) / sum(x), the radicand exact.
        sqrt(cast(m.daily_hprd_days * m.daily_hprd_sum_of_squares - m.daily_hprd_sum * m.daily_hprd_sum as double))
            / nullif(cast(m.daily_hprd_sum as double), 0) as daily_total_hprd_cv,
        case
            when m.total_hprd > 12 then 'total_hprd_over_12'
            when m.aide_hprd > 5.25 then 'aide_hprd_over_5_25'
        end as cms_exclusion,
        m.zero_rn_days >= 4 as cms_zero_rn_exception,
        c.processing_date as provider_info_release,
        b.certified_beds,
        b.processing_date as beds_release,
        m.avg_residents / nullif(b.certified_beds, 0) as occupancy,
        cast(c.casemix_total_hprd as double) as casemix_total_hprd,
        cast(c.casemix_rn_hprd as double) as casemix_rn_hprd,
        m.total_hprd - cast(c.casemix_total_hprd as double) as reported_minus_casemix_total_hprd,
        m.rn_hprd - cast(c.casemix_rn_hprd as double) as reported_minus_casemix_rn_hprd
    from measures as m
    left join names as n on n.ccn = m.ccn and n.quarter = m.quarter
    left join carrying_release as c on c.ccn = m.ccn and c.quarter = m.quarter and c.release_rank = 1
    left join beds_release as b on b.ccn = m.ccn and b.quarter = m.quarter and b.release_rank = 1
) as s
on t.ccn = s.ccn and t.quarter = s.quarter
when matched then update set
    {{ update_set(gold.fct_facility_quarter, s) }}
when not matched then insert (
    {{ columns(gold.fct_facility_quarter) }}
) values (
    {{ columns(gold.fct_facility_quarter, s) }}
)
