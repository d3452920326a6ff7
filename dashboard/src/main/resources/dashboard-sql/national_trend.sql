-- Overview: national staffing per loaded quarter. Ratios are resident-day weighted over every facility
-- (agg_national_quarter); the zero-RN share is facilities with at least one day with residents and no RN hours.
select
    n.quarter,
    n.facilities,
    n.resident_days,
    n.total_hprd,
    n.rn_hprd,
    n.aide_hprd,
    n.weekend_total_hprd,
    n.contract_share,
    n.occupancy,
    cast(n.facilities_with_zero_rn_days as double) / nullif(n.facilities, 0) as zero_rn_facility_share
from {{ gold }}.agg_national_quarter as n
where n.quarter is not null
order by n.quarter
