-- Facility page, top: each headline measure of the facility in a quarter, how many facilities of its state and of its
-- peer group (same bed-size band and ownership group, nationwide) reported it, and how many of them had a lower and a
-- higher value (the percentile rank in words), beside the state's and the nation's resident-day (or hours) weighted
-- value from agg_state_quarter and agg_national_quarter.
with me as (
    select
        f.quarter,
        f.state,
        coalesce(d.bed_size_band, 'Unknown') as bed_size_band,
        coalesce(d.ownership_group, 'Unknown') as ownership_group,
        f.total_hprd,
        f.rn_hprd,
        f.aide_hprd,
        f.weekend_total_hprd,
        f.total_contract_share,
        s.total_hprd as state_total_hprd,
        s.rn_hprd as state_rn_hprd,
        s.aide_hprd as state_aide_hprd,
        s.weekend_total_hprd as state_weekend_total_hprd,
        s.contract_share as state_contract_share,
        n.total_hprd as national_total_hprd,
        n.rn_hprd as national_rn_hprd,
        n.aide_hprd as national_aide_hprd,
        n.weekend_total_hprd as national_weekend_total_hprd,
        n.contract_share as national_contract_share
    from {{ gold }}.fct_facility_quarter as f
    left join {{ gold }}.dim_facility as d on d.ccn = f.ccn
    left join {{ gold }}.agg_state_quarter as s on s.quarter = f.quarter and s.state = f.state
    left join {{ gold }}.agg_national_quarter as n on n.quarter = f.quarter
    where f.ccn = :ccn and f.quarter = :quarter
),

peers as (
    select
        f.state = me.state as same_state,
        coalesce(d.bed_size_band, 'Unknown') = me.bed_size_band
        and coalesce(d.ownership_group, 'Unknown') = me.ownership_group as same_peer_group,
        f.total_hprd,
        f.rn_hprd,
        f.aide_hprd,
        f.weekend_total_hprd,
        f.total_contract_share
    from {{ gold }}.fct_facility_quarter as f
    join me on f.quarter = me.quarter
    left join {{ gold }}.dim_facility as d on d.ccn = f.ccn
),

measures as (
    select 1 as position, 'total_hprd' as metric, total_hprd as facility_value, state_total_hprd as state_value,
        national_total_hprd as national_value
    from me
    union all
    select 2, 'rn_hprd', rn_hprd, state_rn_hprd, national_rn_hprd from me
    union all
    select 3, 'aide_hprd', aide_hprd, state_aide_hprd, national_aide_hprd from me
    union all
    select 4, 'weekend_total_hprd', weekend_total_hprd, state_weekend_total_hprd, national_weekend_total_hprd from me
    union all
    select 5, 'total_contract_share', total_contract_share, state_contract_share, national_contract_share from me
),

peer_values as (
    select 'total_hprd' as metric, same_state, same_peer_group, total_hprd as value from peers
    union all
    select 'rn_hprd', same_state, same_peer_group, rn_hprd from peers
    union all
    select 'aide_hprd', same_state, same_peer_group, aide_hprd from peers
    union all
    select 'weekend_total_hprd', same_state, same_peer_group, weekend_total_hprd from peers
    union all
    select 'total_contract_share', same_state, same_peer_group, total_contract_share from peers
)

select
    m.metric,
    m.facility_value,
    m.state_value,
    m.national_value,
    me.state,
    me.bed_size_band,
    me.ownership_group,
    sum(case when v.same_state and v.value is not null then 1 else 0 end) as state_facilities,
    sum(case when v.same_state and v.value < m.facility_value then 1 else 0 end) as state_lower,
    sum(case when v.same_state and v.value > m.facility_value then 1 else 0 end) as state_higher,
    sum(case when v.same_peer_group and v.value is not null then 1 else 0 end) as peer_facilities,
    sum(case when v.same_peer_group and v.value < m.facility_value then 1 else 0 end) as peer_lower,
    sum(case when v.same_peer_group and v.value > m.facility_value then 1 else 0 end) as peer_higher
from measures as m
cross join me
join peer_values as v on v.metric = m.metric
group by m.position, m.metric, m.facility_value, m.state_value, m.national_value, me.state, me.bed_size_band,
    me.ownership_group
order by m.position
