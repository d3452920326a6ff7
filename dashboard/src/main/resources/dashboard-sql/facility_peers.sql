-- Facility page: the facility's peer groups in a quarter (nation, its state, bed-size band and ownership group) and
-- the distribution of each compared metric across the group's facilities.
select
    p.peer_type,
    p.peer_group,
    p.metric,
    p.facilities,
    p.p10,
    p.p25,
    p.p50,
    p.p75,
    p.p90
from {{ gold }}.agg_peer_distribution as p
where p.quarter = ?
    and (
        (p.peer_type = 'national' and p.peer_group = 'US')
        or (p.peer_type = 'state' and p.peer_group = ?)
        or (p.peer_type = 'bed_size_band' and p.peer_group = ?)
        or (p.peer_type = 'ownership_group' and p.peer_group = ?)
    )
    and p.metric in ('total_hprd', 'rn_hprd', 'aide_hprd', 'weekend_total_hprd', 'total_contract_share',
        'daily_total_hprd_cv', 'occupancy')
order by p.metric, p.peer_type
