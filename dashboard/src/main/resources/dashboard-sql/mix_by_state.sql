-- Staffing mix: employee and contract (agency) hours by role and state in a quarter, from the state aggregate.
select
    s.state,
    cast(s.rn_hours as double) - cast(s.rn_contract_hours as double) as rn_employee_hours,
    cast(s.rn_contract_hours as double) as rn_contract_hours,
    s.rn_contract_share,
    cast(s.lpn_hours as double) - cast(s.lpn_contract_hours as double) as lpn_employee_hours,
    cast(s.lpn_contract_hours as double) as lpn_contract_hours,
    s.lpn_contract_share,
    cast(s.aide_hours as double) - cast(s.aide_contract_hours as double) as aide_employee_hours,
    cast(s.aide_contract_hours as double) as aide_contract_hours,
    s.aide_contract_share,
    s.contract_share as total_contract_share
from {{ gold }}.agg_state_quarter as s
where s.quarter = :quarter and {{ filters }}
order by s.state
