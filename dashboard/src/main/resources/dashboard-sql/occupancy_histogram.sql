-- Bed utilization: facilities by occupancy (average residents / certified beds) in bands of 10 points; the last band
-- holds 100% and above.
with bands as (
    select least(floor(f.occupancy * 10), 10) as band
    from {{ gold }}.fct_facility_quarter as f
    where f.quarter = :quarter and {{ filters }} and f.occupancy is not null
)

select
    cast(band as double) / 10 as occupancy_from,
    case when band < 10 then (cast(band as double) + 1) / 10 end as occupancy_below,
    count(*) as facilities
from bands
group by band
order by band
