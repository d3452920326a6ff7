-- The loaded quarters, oldest first (every quarter with PBJ data has a national row), with their coverage: how many
-- facilities reported and in how many states and territories.
select
    n.quarter,
    n.facilities,
    count(s.state) as states
from {{ gold }}.agg_national_quarter as n
left join {{ gold }}.agg_state_quarter as s on s.quarter = n.quarter
where n.quarter is not null
group by n.quarter, n.facilities
order by n.quarter
