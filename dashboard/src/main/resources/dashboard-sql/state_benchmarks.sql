-- States: per state in a quarter, the share of its facilities below each benchmark of the repealed 2024 minimum
-- staffing rule (direct-care HPRD 3.48 total, 0.55 RN, 2.45 nurse aide; a benchmark, not a requirement) and below
-- their own case-mix (expected) total staffing. A share counts only the facilities with the value (e.g. case-mix is
-- published for some facilities only); the counts beside say how many that is.
select
    rank() over (order by avg(case when r.repealed_2024_total_348_met then 0.0
        when not r.repealed_2024_total_348_met then 1.0 end) desc nulls last) as rank,
    r.state,
    count(*) as facilities,
    avg(case when r.repealed_2024_total_348_met then 0.0
        when not r.repealed_2024_total_348_met then 1.0 end) as below_total_348_share,
    avg(case when r.repealed_2024_rn_055_met then 0.0
        when not r.repealed_2024_rn_055_met then 1.0 end) as below_rn_055_share,
    avg(case when r.repealed_2024_aide_245_met then 0.0
        when not r.repealed_2024_aide_245_met then 1.0 end) as below_aide_245_share,
    count(r.repealed_2024_total_348_met) as facilities_with_direct_care,
    avg(case when r.reported_minus_casemix_total_hprd < 0 then 1.0
        when r.reported_minus_casemix_total_hprd >= 0 then 0.0 end) as below_casemix_total_share,
    count(r.reported_minus_casemix_total_hprd) as facilities_with_casemix
from {{ gold }}.rpt_facility_quarters as r
where r.quarter = :quarter
group by r.state
order by rank, r.state
