-- Staffing mix over time: employee and contract hours by role per quarter, for one state or the whole country.
with sums as (
    select
        f.quarter,
        sum(cast(f.rn_hours as double)) as rn_hours,
        sum(cast(f.rn_contract_hours as double)) as rn_contract_hours,
        sum(cast(f.lpn_hours as double)) as lpn_hours,
        sum(cast(f.lpn_contract_hours as double)) as lpn_contract_hours,
        sum(cast(f.aide_hours as double)) as aide_hours,
        sum(cast(f.aide_contract_hours as double)) as aide_contract_hours,
        sum(cast(f.total_hours as double)) as total_hours,
        sum(cast(f.contract_hours as double)) as contract_hours
    from {{ gold }}.fct_facility_quarter as f
    where {{ filters }}
    group by f.quarter
)

select
    quarter,
    rn_hours - rn_contract_hours as rn_employee_hours,
    rn_contract_hours,
    rn_contract_hours / nullif(rn_hours, 0) as rn_contract_share,
    lpn_hours - lpn_contract_hours as lpn_employee_hours,
    lpn_contract_hours,
    lpn_contract_hours / nullif(lpn_hours, 0) as lpn_contract_share,
    aide_hours - aide_contract_hours as aide_employee_hours,
    aide_contract_hours,
    aide_contract_hours / nullif(aide_hours, 0) as aide_contract_share,
    contract_hours / nullif(total_hours, 0) as total_contract_share
from sums
order by quarter
