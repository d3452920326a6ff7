-- State page: one metric of a state in every loaded quarter, beside the nation's (the metric column comes from an
-- allow-list). Both are resident-day weighted; a quarter the state did not report shows only the national value.
with state_quarters as (
    select s.quarter, s.{{ metric }} as state_value, s.facilities
    from {{ gold }}.agg_state_quarter as s
    where s.state = :state
)

select
    n.quarter,
    sq.state_value,
    n.{{ metric }} as national_value,
    sq.facilities
from {{ gold }}.agg_national_quarter as n
left join state_quarters as sq on sq.quarter = n.quarter
where n.quarter is not null
order by n.quarter
