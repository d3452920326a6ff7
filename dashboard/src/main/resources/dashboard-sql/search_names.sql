-- Search: the names and cities each facility reported in PBJ, quarter by quarter (a renamed or moved facility is
-- still found under what it was called then).
select distinct
    f.ccn,
    f.provider_name,
    f.city
from {{ gold }}.fct_facility_quarter as f
where f.provider_name is not null
order by f.ccn, f.provider_name, f.city
