-- Compare: the chosen facilities' staffing in every loaded quarter (up to five CCNs; unused places are sent as '').
select
    f.ccn,
    coalesce(d.provider_name, f.provider_name) as provider_name,
    f.state,
    f.quarter,
    f.days_reported,
    f.avg_residents,
    f.total_hprd,
    f.rn_hprd,
    f.aide_hprd,
    f.weekend_total_hprd,
    f.total_contract_share
from {{ gold }}.fct_facility_quarter as f
left join {{ gold }}.dim_facility as d on d.ccn = f.ccn
where f.ccn in (:ccn1, :ccn2, :ccn3, :ccn4, :ccn5)
order by f.ccn, f.quarter
