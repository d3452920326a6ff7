-- Search: every facility of any loaded quarter (dim_facility holds each CCN once, from Provider Info or inferred from
-- PBJ), with what a reader may type to find it.
select
    d.ccn,
    d.provider_name,
    d.city,
    d.county,
    d.state,
    d.first_quarter,
    d.last_quarter
from {{ gold }}.dim_facility as d
where d.ccn is not null
order by d.ccn
