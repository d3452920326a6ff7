-- Our recomputed staffing measures beside CMS's own published values, for every facility-quarter that a loaded
-- Provider Info release carries (matched on the release's quarter, never the file name). A measure matches when our
-- value rounded to CMS's 5 decimals (1 decimal for average residents) equals the published one. CMS leaves values
-- blank for suppressed facilities (e.g. failed audits, Reported Staffing Footnote 6): those rows are not compared.
with published as (
    select
        p.ccn,
        r.staffing_quarter as quarter,
        p.processing_date,
        p.reported_staffing_footnote,
        p.staffing_rating_footnote,
        cast(p.reported_rn_hprd as double) as rn_hprd,
        cast(p.reported_lpn_hprd as double) as lpn_hprd,
        cast(p.reported_aide_hprd as double) as aide_hprd,
        cast(p.reported_licensed_hprd as double) as licensed_hprd,
        cast(p.reported_total_hprd as double) as total_hprd,
        cast(p.reported_weekend_total_hprd as double) as weekend_total_hprd,
        cast(p.reported_weekend_rn_hprd as double) as weekend_rn_hprd,
        cast(p.avg_residents_per_day as double) as avg_residents,
        row_number() over (partition by p.ccn, r.staffing_quarter order by p.processing_date desc) as release_rank
    from {{ silver }}.provider_info as p
    join {{ silver }}.int_provider_info_releases as r on r.processing_date = p.processing_date
)

select
    f.ccn,
    f.quarter,
    p.processing_date as release,
    p.reported_staffing_footnote,
    p.staffing_rating_footnote,
    p.total_hprd is null as suppressed_by_cms,
    f.rn_hprd,
    p.rn_hprd as cms_rn_hprd,
    f.lpn_hprd,
    p.lpn_hprd as cms_lpn_hprd,
    f.aide_hprd,
    p.aide_hprd as cms_aide_hprd,
    f.licensed_hprd,
    p.licensed_hprd as cms_licensed_hprd,
    f.total_hprd,
    p.total_hprd as cms_total_hprd,
    f.weekend_total_hprd,
    p.weekend_total_hprd as cms_weekend_total_hprd,
    f.weekend_rn_hprd,
    p.weekend_rn_hprd as cms_weekend_rn_hprd,
    f.avg_residents,
    p.avg_residents as cms_avg_residents,
    p.total_hprd is not null
        and abs(round(f.rn_hprd, 5) - p.rn_hprd) < 0.000001
        and abs(round(f.lpn_hprd, 5) - p.lpn_hprd) < 0.000001
        and abs(round(f.aide_hprd, 5) - p.aide_hprd) < 0.000001
        and abs(round(f.licensed_hprd, 5) - p.licensed_hprd) < 0.000001
        and abs(round(f.total_hprd, 5) - p.total_hprd) < 0.000001
        and (p.weekend_total_hprd is null or abs(round(f.weekend_total_hprd, 5) - p.weekend_total_hprd) < 0.000001)
        and (p.weekend_rn_hprd is null or abs(round(f.weekend_rn_hprd, 5) - p.weekend_rn_hprd) < 0.000001)
        and abs(round(f.avg_residents, 1) - p.avg_residents) < 0.000001 as all_match
from {{ gold }}.fct_facility_quarter as f
join published as p on p.ccn = f.ccn and p.quarter = f.quarter and p.release_rank = 1
