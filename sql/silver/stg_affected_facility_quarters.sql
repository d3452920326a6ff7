-- The facility-quarters whose Gold rows this batch can change, so that Gold recomputes only those, flagged by what
-- changed:
--   days_changed   the batch has PBJ rows for the facility-quarter: its facility days and measures are recomputed;
--   facts_changed  its measures can change: PBJ rows, or the Provider Info release it takes beds and case-mix from
--                  (see fct_facility_quarter.sql) can be another one now;
--   neither        only the quarter's aggregates can change: a Provider Info row of the batch describes the facility,
--                  and its peer groups (bed-size band, ownership) come from its latest release.
-- A release can change a facility-quarter's measures when it carries that quarter, or when the quarter takes its beds
-- from the nearest release for want of a carrying one with beds (any new release may be nearer). A Data Collection
-- Intervals row can move a release to another quarter: the quarters it carried and the one it carries now change.
-- Narrowing this matters at national scale: a quarterly delivery (PBJ, Provider Info, intervals) touches one quarter
-- of facility days, not every quarter loaded.
insert into {{ silver }}.stg_affected_facility_quarters (batch_id, ccn, quarter, facts_changed, days_changed)
with pbj_keys as (
    select distinct ccn, quarter
    from {{ silver }}.stg_pbj_daily
    where batch_id = {{ batch_id }} and reject_reason is null
),

provider_info_rows as (
    select distinct i.ccn, r.staffing_quarter
    from {{ silver }}.stg_provider_info as i
    join {{ silver }}.int_provider_info_releases as r on r.processing_date = i.processing_date
    where i.batch_id = {{ batch_id }} and i.reject_reason is null
),

interval_releases as (
    select distinct c.processing_date, r.staffing_quarter
    from {{ silver }}.stg_collection_intervals as c
    left join {{ silver }}.int_provider_info_releases as r on r.processing_date = c.processing_date
    where c.batch_id = {{ batch_id }} and c.reject_reason is null
),

-- Facility-quarters in Gold and the releases they took their values from.
stored as (
    select
        f.ccn,
        f.quarter,
        f.provider_info_release,
        f.beds_release is null or f.provider_info_release is null
            or f.beds_release <> f.provider_info_release as beds_from_nearest_release
    from {{ gold }}.fct_facility_quarter as f
),

release_keys as (
    select s.ccn, s.quarter
    from stored as s
    join provider_info_rows as p on p.ccn = s.ccn and p.staffing_quarter = s.quarter
    union
    select s.ccn, s.quarter
    from stored as s
    where s.beds_from_nearest_release and s.ccn in (select ccn from provider_info_rows)
    union
    select s.ccn, s.quarter
    from stored as s
    join interval_releases as i on i.processing_date = s.provider_info_release or i.staffing_quarter = s.quarter
    union
    select s.ccn, s.quarter
    from stored as s
    where s.beds_from_nearest_release and exists (select 1 from interval_releases)
),

peer_keys as (
    select s.ccn, s.quarter
    from stored as s
    where s.ccn in (select ccn from provider_info_rows)
),

all_keys as (
    select ccn, quarter, true as facts_changed, true as days_changed from pbj_keys
    union all
    select ccn, quarter, true, false from release_keys
    union all
    select ccn, quarter, false, false from peer_keys
)

select {{ batch_id }}, a.ccn, a.quarter, bool_or(a.facts_changed), bool_or(a.days_changed)
from all_keys as a
group by a.ccn, a.quarter
