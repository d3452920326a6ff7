-- National aggregates for the quarters the batch touched, summed from the state aggregates and divided again, so the
-- national ratios are resident-day weighted over every facility in the country (state = 'US').
merge into {{ gold }}.agg_national_quarter as t
using (
    with quarters as (
        select distinct quarter
        from {{ silver }}.stg_affected_facility_quarters
        where batch_id = {{ batch_id }}
    ),

    sums as (
        select
            a.quarter,
            sum(a.facilities) as facilities,
            sum(a.resident_days) as resident_days,
            {{ hour_sums(gold.agg_national_quarter, a) }},
            sum(a.weekend_resident_days) as weekend_resident_days,
            cast(sum(cast(a.residents_on_known_beds as decimal(30,12))) as double) as residents_on_known_beds,
            sum(a.certified_beds) as certified_beds,
            sum(a.facilities_with_zero_rn_days) as facilities_with_zero_rn_days,
            sum(a.facilities_with_zero_rn_exception) as facilities_with_zero_rn_exception,
            sum(a.facilities_meeting_repealed_total_348) as facilities_meeting_repealed_total_348
        from {{ gold }}.agg_state_quarter as a
        where a.quarter in (select quarter from quarters)
        group by a.quarter
    )

    select
        'US' as state,
        s.*,
        -- Its ratio columns, each the measure its declaration names (sql/tables/gold.yaml).
        {{ measures(gold.agg_national_quarter, s) }},
        s.residents_on_known_beds / nullif(s.certified_beds, 0) as occupancy
    from sums as s
) as s
on t.quarter = s.quarter
when matched then update set
    {{ update_set(gold.agg_national_quarter, s) }}
when not matched then insert (
    {{ columns(gold.agg_national_quarter) }}
) values (
    {{ columns(gold.agg_national_quarter, s) }}
)
