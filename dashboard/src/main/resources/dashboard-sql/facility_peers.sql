-- Facility page: the facility's value of each compared metric beside the distribution of that metric in its peer
-- groups (the nation, its state, its bed-size band and its ownership group) for the quarter, and where it falls.
with facility as (
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
        f.daily_total_hprd_cv,
        f.occupancy
    from {{ gold }}.fct_facility_quarter as f
    left join {{ gold }}.dim_facility as d on d.ccn = f.ccn
    where f.ccn = :ccn and f.quarter = :quarter
),

compared as (
    select
        p.metric,
        p.peer_type,
        p.peer_group,
        case p.metric
            when 'total_hprd' then f.total_hprd
            when 'rn_hprd' then f.rn_hprd
            when 'aide_hprd' then f.aide_hprd
            when 'weekend_total_hprd' then f.weekend_total_hprd
            when 'total_contract_share' then f.total_contract_share
            when 'daily_total_hprd_cv' then f.daily_total_hprd_cv
            when 'occupancy' then f.occupancy
        end as facility_value,
        p.facilities,
        p.p10,
        p.p25,
        p.p50,
        p.p75,
        p.p90
    from {{ gold }}.agg_peer_distribution as p
    join facility as f on p.quarter = f.quarter
    where p.metric in ('total_hprd', 'rn_hprd', 'aide_hprd', 'weekend_total_hprd', 'total_contract_share',
            'daily_total_hprd_cv', 'occupancy')
        and (
            (p.peer_type = 'national' and p.peer_group = 'US')
            or (p.peer_type = 'state' and p.peer_group = f.state)
            or (p.peer_type = 'bed_size_band' and p.peer_group = f.bed_size_band)
            or (p.peer_type = 'ownership_group' and p.peer_group = f.ownership_group)
        )
)

select
    metric,
    peer_type,
    peer_group,
    facility_value,
    facilities,
    p10,
    p25,
    p50,
    p75,
    p90,
    case
        when facility_value is null then null
        when facility_value < p10 then 'below p10'
        when facility_value < p25 then 'p10-p25'
        when facility_value < p50 then 'p25-p50'
        when facility_value < p75 then 'p50-p75'
        when facility_value <= p90 then 'p75-p90'
        else 'above p90'
    end as position
from compared
order by
    case metric
        when 'total_hprd' then 1 when 'rn_hprd' then 2 when 'aide_hprd' then 3 when 'weekend_total_hprd' then 4
        when 'total_contract_share' then 5 when 'daily_total_hprd_cv' then 6 else 7
    end,
    case peer_type when 'national' then 1 when 'state' then 2 when 'bed_size_band' then 3 else 4 end
