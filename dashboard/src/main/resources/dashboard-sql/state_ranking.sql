-- States: states ranked by one metric in a quarter (the metric column comes from an allow-list). The value is the
-- state's resident-day weighted figure; median and p10/p90 describe its facilities (agg_peer_distribution).
with states as (
    select s.state, s.{{ metric }} as value, s.facilities
    from {{ gold }}.agg_state_quarter as s
    where s.quarter = :quarter
),

peers as (
    select p.peer_group as state, p.p10, p.p50, p.p90
    from {{ gold }}.agg_peer_distribution as p
    where p.quarter = :quarter and p.peer_type = 'state' and p.metric = :peer_metric
)

select
    rank() over (order by st.value desc nulls last) as rank,
    st.state,
    st.value,
    st.facilities,
    pe.p50 as facility_median,
    pe.p10 as facility_p10,
    pe.p90 as facility_p90
from states as st
left join peers as pe on pe.state = st.state
order by rank, st.state
