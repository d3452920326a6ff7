-- Staffing vs occupancy: one point per facility with both values in a quarter.
select
    r.ccn,
    r.provider_name,
    r.state,
    r.ownership_group,
    d.overall_rating,
    d.staffing_rating,
    r.occupancy,
    r.total_hprd
from {{ gold }}.rpt_facility_quarters as r
left join {{ gold }}.dim_facility as d on d.ccn = r.ccn
where r.quarter = :quarter
    and {{ filters }}
    and r.occupancy is not null
    and r.total_hprd is not null
order by r.ccn
