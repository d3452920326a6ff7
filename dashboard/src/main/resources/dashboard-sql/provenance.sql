-- Where the numbers come from, for every page's provenance line: the loaded PBJ quarters and the latest Provider
-- Info release (its Processing Date) that Gold carries.
select
    (select min(quarter) from {{ gold }}.agg_national_quarter) as first_quarter,
    (select max(quarter) from {{ gold }}.agg_national_quarter) as last_quarter,
    (select count(*) from {{ gold }}.agg_national_quarter) as quarters,
    (select max(latest_release) from {{ gold }}.dim_facility) as provider_info_release,
    (select count(*) from {{ gold }}.dim_facility) as facilities
