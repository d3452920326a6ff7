-- The facility-quarters whose Gold rows this batch can change, so Gold recomputes only those: every (ccn, quarter)
-- with a PBJ row in the batch, and every quarter of a facility that a Provider Info row of the batch describes (its
-- beds, case-mix and name feed those quarters). A Data Collection Intervals file can move a release to another
-- quarter, so it touches every facility-quarter.
insert into {{ silver }}.stg_affected_facility_quarters (batch_id, ccn, quarter)
with pbj_keys as (
    select distinct ccn, quarter
    from {{ silver }}.stg_pbj_daily
    where batch_id = {{ batch_id }} and reject_reason is null
),

provider_info_keys as (
    select distinct p.ccn, p.quarter
    from {{ silver }}.pbj_daily as p
    join {{ silver }}.stg_provider_info as i on i.ccn = p.ccn
    where i.batch_id = {{ batch_id }} and i.reject_reason is null
),

interval_keys as (
    select distinct p.ccn, p.quarter
    from {{ silver }}.pbj_daily as p
    where exists (
        select 1
        from {{ silver }}.stg_collection_intervals as c
        where c.batch_id = {{ batch_id }} and c.reject_reason is null
    )
),

all_keys as (
    select * from pbj_keys
    union
    select * from provider_info_keys
    union
    select * from interval_keys
)

select {{ batch_id }}, a.ccn, a.quarter
from all_keys as a
