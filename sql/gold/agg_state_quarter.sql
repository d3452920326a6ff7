-- State aggregates for the quarters the batch touched. Ratios are resident-day weighted: sum of hours over the
-- state's facilities divided by the sum of their resident-days (a facility counts in proportion to its residents,
-- as in CMS's pooled measures). A state-quarter that no longer has facilities (its only facility's rows moved to
-- another state) is deleted in the same MERGE, so readers never see a half-updated quarter.
merge into {{ gold }}.agg_state_quarter as t
using (
    with quarters as (
        select distinct quarter
        from {{ silver }}.stg_affected_facility_quarters
        where batch_id = {{ batch_id }}
    ),

    facility_quarters as (
        select f.*
        from {{ gold }}.fct_facility_quarter as f
        where f.quarter in (select quarter from quarters)
            -- CMS's exclusion rule (Technical Users' Guide, Staffing Domain): total nurse HPRD over 12 or nurse aide
            -- HPRD over 5.25 is implausible, and such a facility-quarter counts in no state or national figure.
            and f.cms_exclusion is null
    ),

    sums as (
        select
            f.state,
            f.quarter,
            count(*) as facilities,
            sum(f.resident_days) as resident_days,
            {{ hour_sums(gold.agg_state_quarter, f) }},
            sum(f.weekend_resident_days) as weekend_resident_days,
            -- Summed as DECIMAL so that the total does not depend on the order of the facilities.
            cast(sum(case when f.certified_beds > 0 then cast(f.avg_residents as decimal(30,12)) end) as double)
                as residents_on_known_beds,
            sum(case when f.certified_beds > 0 then f.certified_beds end) as certified_beds,
            sum(case when f.zero_rn_days > 0 then 1 else 0 end) as facilities_with_zero_rn_days,
            sum(case when f.cms_zero_rn_exception then 1 else 0 end) as facilities_with_zero_rn_exception,
            sum(case when f.repealed_2024_total_348_met then 1 else 0 end) as facilities_meeting_repealed_total_348
        from facility_quarters as f
        group by f.state, f.quarter
    ),

    fresh as (
        select
            s.*,
            -- Its ratio columns, each the measure its declaration names (sql/tables/gold.yaml).
            {{ measures(gold.agg_state_quarter, s) }},
            s.residents_on_known_beds / nullif(s.certified_beds, 0) as occupancy,
            false as is_stale
        from sums as s
    ),

    -- A state-quarter in Gold whose facilities all moved away: its row, only to be deleted.
    stale as (
        select a.*
        from {{ gold }}.agg_state_quarter as a
        where a.quarter in (select quarter from quarters)
            and not exists (select 1 from fresh as f where f.state = a.state and f.quarter = a.quarter)
    )

    select
        {{ columns(gold.agg_state_quarter, f) }},
        f.is_stale
    from fresh as f
    union all
    select
        {{ columns(gold.agg_state_quarter, a) }},
        true as is_stale
    from stale as a
) as s
on t.state = s.state and t.quarter = s.quarter
when matched and s.is_stale then delete
when matched then update set
    {{ update_set(gold.agg_state_quarter, s) }}
when not matched and not s.is_stale then insert (
    {{ columns(gold.agg_state_quarter) }}
) values (
    {{ columns(gold.agg_state_quarter, s) }}
)
