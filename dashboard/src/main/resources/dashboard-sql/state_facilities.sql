-- State page: the state's facilities in a quarter ranked by one facility metric (the column comes from an
-- allow-list); facilities without a value rank last.
select
    rank() over (order by r.{{ metric }} desc nulls last) as rank,
    r.ccn,
    r.provider_name,
    r.ownership_group,
    r.bed_size_band,
    r.avg_residents,
    r.{{ metric }} as value
from {{ gold }}.rpt_facility_quarters as r
where r.quarter = :quarter and r.state = :state
order by rank, r.ccn
