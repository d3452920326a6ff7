-- Facility-quarters left out of state, national and peer figures by CMS's exclusion rule (Technical Users' Guide,
-- Staffing Domain: total nurse HPRD over 12 or nurse aide HPRD over 5.25); their own pages still show them.
select
    f.ccn,
    f.quarter,
    f.state,
    f.total_hprd,
    f.aide_hprd,
    f.cms_exclusion
from {{ gold }}.fct_facility_quarter as f
where f.cms_exclusion is not null
order by f.quarter desc, f.ccn
