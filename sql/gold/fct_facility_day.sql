-- Facility days of the facility-quarters the batch has PBJ rows for, with hours by role (CMS Technical Users'
-- Guide, Apr 2020, Staffing Domain: RN = job codes 5-7 incl. DON and admin, LPN = 8-9, nurse aide = 10-12, total =
-- 5-12; employee + contract). Direct-care hours leave out DON and admin (codes 7, 9-12), the definition of the
-- repealed 2024 standard.
merge into {{ gold }}.fct_facility_day as t
using (
    with days as (
        select p.*
        from {{ silver }}.pbj_daily as p
        join {{ silver }}.stg_affected_facility_quarters as a on a.ccn = p.ccn and a.quarter = p.quarter
        where a.batch_id = {{ batch_id }} and a.days_changed
    ),

    hours as (
        select
            d.ccn,
            d.work_date,
            d.quarter,
            d.state,
            d.mds_census,
            {{ iso_day_of_week(d.work_date) }} >= 6 as is_weekend,
            cast(d.hrs_rndon + d.hrs_rnadmin + d.hrs_rn as decimal(14,4)) as rn_hours,
            cast(d.hrs_lpnadmin + d.hrs_lpn as decimal(14,4)) as lpn_hours,
            cast(d.hrs_cna + d.hrs_natrn + d.hrs_medaide as decimal(14,4)) as aide_hours,
            cast(d.hrs_rndon_ctr + d.hrs_rnadmin_ctr + d.hrs_rn_ctr as decimal(14,4)) as rn_contract_hours,
            cast(d.hrs_lpnadmin_ctr + d.hrs_lpn_ctr as decimal(14,4)) as lpn_contract_hours,
            cast(d.hrs_cna_ctr + d.hrs_natrn_ctr + d.hrs_medaide_ctr as decimal(14,4)) as aide_contract_hours,
            cast(d.hrs_rn as decimal(14,4)) as rn_direct_hours,
            cast(d.hrs_lpn as decimal(14,4)) as lpn_direct_hours
        from days as d
    )

    select
        h.ccn,
        h.work_date,
        h.quarter,
        h.state,
        h.mds_census,
        h.is_weekend,
        h.rn_hours,
        h.lpn_hours,
        h.aide_hours,
        cast(h.rn_hours + h.lpn_hours + h.aide_hours as decimal(14,4)) as total_hours,
        h.rn_contract_hours,
        h.lpn_contract_hours,
        h.aide_contract_hours,
        cast(h.rn_contract_hours + h.lpn_contract_hours + h.aide_contract_hours as decimal(14,4)) as total_contract_hours,
        h.rn_direct_hours,
        h.lpn_direct_hours,
        cast(h.rn_direct_hours + h.lpn_direct_hours + h.aide_hours as decimal(14,4)) as total_direct_hours,
        case
            when h.mds_census > 0 then cast(h.rn_hours + h.lpn_hours + h.aide_hours as double) / h.mds_census
        end as total_hprd,
        case when h.mds_census > 0 then cast(h.rn_hours as double) / h.mds_census end as rn_hprd,
        h.mds_census > 0 and h.rn_hours = 0 as is_zero_rn_day
    from hours as h
) as s
on t.ccn = s.ccn and t.work_date = s.work_date
when matched then update set
    {{ update_set(gold.fct_facility_day, s) }}
when not matched then insert (
    {{ columns(gold.fct_facility_day) }}
) values (
    {{ columns(gold.fct_facility_day, s) }}
)
