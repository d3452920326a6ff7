-- Facility page: identity and ratings (the latest Provider Info release that has the facility).
select
    d.ccn,
    d.provider_name,
    d.city,
    d.state,
    d.county,
    d.ownership_type,
    d.ownership_group,
    d.certified_beds,
    d.bed_size_band,
    d.provider_type,
    d.affiliated_entity_name,
    d.special_focus_status,
    d.overall_rating,
    d.health_inspection_rating,
    d.qm_rating,
    d.staffing_rating,
    d.staffing_rating_footnote,
    d.total_nurse_turnover,
    d.rn_turnover,
    d.latest_release,
    d.is_inferred,
    d.first_quarter,
    d.last_quarter
from {{ gold }}.dim_facility as d
where d.ccn = :ccn
