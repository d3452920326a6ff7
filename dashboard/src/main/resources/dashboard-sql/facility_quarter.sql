-- Facility page: the facility's row of fct_facility_quarter for one quarter. Its sections show nearly every measure
-- the table declares (FacilitySections names the ones it shows), so the row is read whole rather than re-listing
-- sql/tables/gold.yaml here.
select f.*
from {{ gold }}.fct_facility_quarter as f
where f.ccn = :ccn and f.quarter = :quarter
