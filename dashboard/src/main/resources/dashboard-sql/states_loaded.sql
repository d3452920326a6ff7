-- States with PBJ data in a quarter, for the state filter.
select distinct state
from {{ gold }}.agg_state_quarter
where quarter = :quarter
order by state
