-- National aggregates for the quarters the batch touched, summed from the state aggregates and divided again, so the
-- national ratios are resident-day weighted over every facility in the country (state = 'US').
merge into {{ gold }}.agg_national_quarter as t
using (
    with quarters as (
        select distinct quarter
        from {{ silver }}.stg_affected_facility_quarters
        where batch_id = {{ batch_id }}
    ),

    sums as (
        select
            a.quarter,
            sum(a.facilities) as facilities,
            sum(a.resident_days) as resident_days,
            cast(sum(a.rn_hours) as decimal(22,4)) as rn_hours,
            cast(sum(a.lpn_hours) as decimal(22,4)) as lpn_hours,
            cast(sum(a.aide_hours) as decimal(22,4)) as aide_hours,
            cast(sum(a.total_hours) as decimal(22,4)) as total_hours,
            cast(sum(a.contract_hours) as decimal(22,4)) as contract_hours,
            cast(sum(a.rn_contract_hours) as decimal(22,4)) as rn_contract_hours,
            cast(sum(a.lpn_contract_hours) as decimal(22,4)) as lpn_contract_hours,
            cast(sum(a.aide_contract_hours) as decimal(22,4)) as aide_contract_hours,
            cast(sum(a.direct_hours) as decimal(22,4)) as direct_hours,
            sum(a.weekend_resident_days) as weekend_resident_days,
            cast(sum(a.weekend_total_hours) as decimal(22,4)) as weekend_total_hours,
            cast(sum(a.weekend_rn_hours) as decimal(22,4)) as weekend_rn_hours,
            cast(sum(cast(a.residents_on_known_beds as decimal(30,12))) as double) as residents_on_known_beds,
            sum(a.certified_beds) as certified_beds,
            sum(a.facilities_with_zero_rn_days) as facilities_with_zero_rn_days,
            sum(a.facilities_with_zero_rn_exception) as facilities_with_zero_rn_exception,
            sum(a.facilities_meeting_repealed_total_348) as facilities_meeting_repealed_total_348
        from {{ gold }}.agg_state_quarter as a
        where a.quarter in (select quarter from quarters)
        group by a.quarter
    )

    select
        'US' as state,
        s.*,
        {{ measure(rn_hprd, s) }} as rn_hprd,
        {{ measure(lpn_hprd, s) }} as lpn_hprd,
        {{ measure(aide_hprd, s) }} as aide_hprd,
        {{ measure(total_hprd, s) }} as total_hprd,
        {{ measure(weekend_total_hprd, s) }} as weekend_total_hprd,
        {{ measure(weekend_rn_hprd, s) }} as weekend_rn_hprd,
        {{ measure(total_direct_hprd, s) }} as total_direct_hprd,
        {{ measure(total_contract_share, s) }} as contract_share,
        {{ measure(rn_contract_share, s) }} as rn_contract_share,
        {{ measure(lpn_contract_share, s) }} as lpn_contract_share,
        {{ measure(aide_contract_share, s) }} as aide_contract_share,
        s.residents_on_known_beds / nullif(s.certified_beds, 0) as occupancy
    from sums as s
) as s
on t.quarter = s.quarter
when matched then update set
    state = s.state,
    facilities = s.facilities,
    resident_days = s.resident_days,
    rn_hours = s.rn_hours,
    lpn_hours = s.lpn_hours,
    aide_hours = s.aide_hours,
    total_hours = s.total_hours,
    contract_hours = s.contract_hours,
    rn_contract_hours = s.rn_contract_hours,
    lpn_contract_hours = s.lpn_contract_hours,
    aide_contract_hours = s.aide_contract_hours,
    direct_hours = s.direct_hours,
    weekend_resident_days = s.weekend_resident_days,
    weekend_total_hours = s.weekend_total_hours,
    weekend_rn_hours = s.weekend_rn_hours,
    rn_hprd = s.rn_hprd,
    lpn_hprd = s.lpn_hprd,
    aide_hprd = s.aide_hprd,
    total_hprd = s.total_hprd,
    weekend_total_hprd = s.weekend_total_hprd,
    weekend_rn_hprd = s.weekend_rn_hprd,
    total_direct_hprd = s.total_direct_hprd,
    contract_share = s.contract_share,
    rn_contract_share = s.rn_contract_share,
    lpn_contract_share = s.lpn_contract_share,
    aide_contract_share = s.aide_contract_share,
    residents_on_known_beds = s.residents_on_known_beds,
    certified_beds = s.certified_beds,
    occupancy = s.occupancy,
    facilities_with_zero_rn_days = s.facilities_with_zero_rn_days,
    facilities_with_zero_rn_exception = s.facilities_with_zero_rn_exception,
    facilities_meeting_repealed_total_348 = s.facilities_meeting_repealed_total_348
when not matched then insert (
    state, quarter, facilities, resident_days, rn_hours, lpn_hours, aide_hours, total_hours, contract_hours,
    rn_contract_hours, lpn_contract_hours, aide_contract_hours, direct_hours, weekend_resident_days,
    weekend_total_hours, weekend_rn_hours, rn_hprd, lpn_hprd, aide_hprd, total_hprd, weekend_total_hprd,
    weekend_rn_hprd, total_direct_hprd, contract_share, rn_contract_share, lpn_contract_share, aide_contract_share,
    residents_on_known_beds, certified_beds, occupancy, facilities_with_zero_rn_days,
    facilities_with_zero_rn_exception, facilities_meeting_repealed_total_348
) values (
    s.state, s.quarter, s.facilities, s.resident_days, s.rn_hours, s.lpn_hours, s.aide_hours, s.total_hours,
    s.contract_hours, s.rn_contract_hours, s.lpn_contract_hours, s.aide_contract_hours, s.direct_hours,
    s.weekend_resident_days, s.weekend_total_hours, s.weekend_rn_hours, s.rn_hprd, s.lpn_hprd, s.aide_hprd,
    s.total_hprd, s.weekend_total_hprd, s.weekend_rn_hprd, s.total_direct_hprd, s.contract_share,
    s.rn_contract_share, s.lpn_contract_share, s.aide_contract_share, s.residents_on_known_beds, s.certified_beds,
    s.occupancy, s.facilities_with_zero_rn_days, s.facilities_with_zero_rn_exception,
    s.facilities_meeting_repealed_total_348
)
