-- Which PBJ quarter each Provider Info release's staffing measures carry, keyed on the in-file Processing Date, never
-- the file name. CMS's Data Collection Intervals file is the authority (row STAFFING_LEVELS; STAFFING before 2022-03;
-- CMS Data Dictionary, Jan 2024, Tables 4 and 18). Without it the usual lag applies: releases processed in Jan-Mar
-- carry Q3 of the previous year, Apr-Jun Q4 of the previous year, Jul-Sep Q1 and Oct-Dec Q2 (verified on real
-- releases; CMS has broken it, e.g. 2023Q4 was never published, which is why the intervals file wins).
with releases as (
    select distinct processing_date
    from {{ silver }}.provider_info
),

staffing_intervals as (
    select
        processing_date,
        max(period_from_date) as staffing_from
    from {{ silver }}.collection_intervals
    where measure_code in ('STAFFING_LEVELS', 'STAFFING')
    group by processing_date
)

select
    r.processing_date,
    case
        when i.staffing_from is not null
            then cast(year(i.staffing_from) as varchar) || 'Q' || cast(quarter(i.staffing_from) as varchar)
        when month(r.processing_date) <= 3 then cast(year(r.processing_date) - 1 as varchar) || 'Q3'
        when month(r.processing_date) <= 6 then cast(year(r.processing_date) - 1 as varchar) || 'Q4'
        when month(r.processing_date) <= 9 then cast(year(r.processing_date) as varchar) || 'Q1'
        else cast(year(r.processing_date) as varchar) || 'Q2'
    end as staffing_quarter,
    case when i.staffing_from is not null then 'collection_intervals' else 'usual_lag' end as quarter_source
from releases as r
left join staffing_intervals as i on i.processing_date = r.processing_date
