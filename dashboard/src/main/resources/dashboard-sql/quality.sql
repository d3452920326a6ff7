-- Quality: the distribution of a staffing metric among facilities of each star rating (ratings from the latest
-- Provider Info release; the rating and metric columns come from allow-lists). Percentiles interpolate between
-- closest ranks, computed in plain SQL so DuckDB and Athena agree (see the percentile macro).
with rated as (
    select
        coalesce(cast(d.{{ rating }} as varchar), 'Not rated') as rating,
        f.{{ metric }} as value
    from {{ gold }}.fct_facility_quarter as f
    left join {{ gold }}.dim_facility as d on d.ccn = f.ccn
    where f.quarter = :quarter and {{ filters }} and f.{{ metric }} is not null
),

ranked as (
    select
        rating,
        value,
        row_number() over (partition by rating order by value) as value_rank,
        count(*) over (partition by rating) as value_count
    from rated
)

select
    rating,
    count(*) as facilities,
    avg(value) as mean,
    {{ percentile(0.10) }} as p10,
    {{ percentile(0.25) }} as p25,
    {{ percentile(0.50) }} as median,
    {{ percentile(0.75) }} as p75,
    {{ percentile(0.90) }} as p90
from ranked
group by rating
order by rating
