-- Facilities: one row per facility for a quarter, filtered and sorted, one page at a time. The filters the user set
-- come in as conditions over named parameters (FacilityFilter.conditions). The sort column and direction come from an
-- allow-list; the page size and offset are validated numbers. matching_rows counts every row that passes the filters
-- (for paging).
with filtered as (
    select
        r.ccn,
        r.provider_name,
        d.city,
        r.state,
        r.ownership_group,
        r.certified_beds,
        r.bed_size_band,
        d.overall_rating,
        d.staffing_rating,
        r.avg_residents,
        r.total_hprd,
        r.rn_hprd,
        r.aide_hprd,
        r.weekend_total_hprd,
        r.total_contract_share,
        r.zero_rn_days,
        r.occupancy
    from {{ gold }}.rpt_facility_quarters as r
    left join {{ gold }}.dim_facility as d on d.ccn = r.ccn
    where r.quarter = :quarter
        and {{ filters }}
)

select f.*, count(*) over () as matching_rows
from filtered as f
order by {{ sort }} {{ direction }} nulls last, ccn
offset {{ offset }} limit {{ limit }}
