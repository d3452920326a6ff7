-- Facility page: the facility's days in a quarter (the quarter filter reads one partition).
select
    d.work_date,
    d.is_weekend,
    d.mds_census,
    d.total_hours,
    d.rn_hours,
    d.total_hprd,
    d.rn_hprd,
    d.is_zero_rn_day
from {{ gold }}.fct_facility_day as d
where d.quarter = :quarter and d.ccn = :ccn
order by d.work_date
