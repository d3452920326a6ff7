-- Facility page: employee vs contract (agency) hours by role in a quarter, on days with residents.
select 'RN' as role, 1 as role_order, cast(f.rn_hours as double) as hours,
    cast(f.rn_hours as double) - cast(f.rn_contract_hours as double) as employee_hours,
    cast(f.rn_contract_hours as double) as contract_hours, f.rn_contract_share as contract_share
from {{ gold }}.fct_facility_quarter as f
where f.ccn = :ccn and f.quarter = :quarter
union all
select 'LPN', 2, cast(f.lpn_hours as double),
    cast(f.lpn_hours as double) - cast(f.lpn_contract_hours as double),
    cast(f.lpn_contract_hours as double), f.lpn_contract_share
from {{ gold }}.fct_facility_quarter as f
where f.ccn = :ccn and f.quarter = :quarter
union all
select 'Nurse aide', 3, cast(f.aide_hours as double),
    cast(f.aide_hours as double) - cast(f.aide_contract_hours as double),
    cast(f.aide_contract_hours as double), f.aide_contract_share
from {{ gold }}.fct_facility_quarter as f
where f.ccn = :ccn and f.quarter = :quarter
union all
select 'All nurse staff', 4, cast(f.total_hours as double),
    cast(f.total_hours as double) - cast(f.contract_hours as double),
    cast(f.contract_hours as double), f.total_contract_share
from {{ gold }}.fct_facility_quarter as f
where f.ccn = :ccn and f.quarter = :quarter
order by role_order
