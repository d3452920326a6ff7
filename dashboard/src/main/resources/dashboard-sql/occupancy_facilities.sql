-- Bed utilization by facility, ranked by occupancy (direction from an allow-list), one page at a time.
with filtered as (
    select
        r.ccn,
        r.provider_name,
        r.state,
        r.ownership_group,
        r.certified_beds,
        r.avg_residents,
        r.occupancy,
        r.total_hprd
    from {{ gold }}.rpt_facility_quarters as r
    where r.quarter = :quarter and {{ filters }} and r.occupancy is not null
)

select
    rank() over (order by f.occupancy {{ direction }}) as rank,
    f.*,
    count(*) over () as matching_rows
from filtered as f
order by f.occupancy {{ direction }}, f.ccn
offset {{ offset }} limit {{ limit }}
