-- Bed utilization by state: the weighted occupancy (residents / certified beds over facilities with known beds) and
-- the median facility's occupancy, ranked.
with peers as (
    select p.peer_group as state, p.p50
    from {{ gold }}.agg_peer_distribution as p
    where p.quarter = :quarter and p.peer_type = 'state' and p.metric = 'occupancy'
)

select
    rank() over (order by s.occupancy desc nulls last) as rank,
    s.state,
    s.occupancy,
    pe.p50 as facility_median,
    s.residents_on_known_beds,
    s.certified_beds,
    s.facilities
from {{ gold }}.agg_state_quarter as s
left join peers as pe on pe.state = s.state
where s.quarter = :quarter and {{ filters }}
order by rank, s.state
