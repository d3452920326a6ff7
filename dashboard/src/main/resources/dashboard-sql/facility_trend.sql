-- Facility page: the facility's staffing in every loaded quarter.
select
    f.quarter,
    f.days_reported,
    f.avg_residents,
    f.total_hprd,
    f.rn_hprd,
    f.lpn_hprd,
    f.aide_hprd,
    f.weekend_total_hprd,
    f.total_contract_share,
    f.zero_rn_days,
    f.occupancy,
    f.casemix_total_hprd
from {{ gold }}.fct_facility_quarter as f
where f.ccn = :ccn
order by f.quarter
