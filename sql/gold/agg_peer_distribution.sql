-- Facility-level distributions for peer comparison, for the quarters the batch touched: per quarter, peer group and
-- metric, the facility count, mean and 10th/25th/50th/75th/90th percentiles (linear interpolation between closest
-- ranks, computed in plain SQL so every engine gets the same numbers). Peer groups: the nation, the state, the
-- bed-size band and the ownership group. Groups that disappeared are deleted in the same MERGE.
merge into {{ gold }}.agg_peer_distribution as t
using (
    with quarters as (
        select distinct quarter
        from {{ silver }}.stg_affected_facility_quarters
        where batch_id = {{ batch_id }}
    ),

    facilities as (
        select
            f.*,
            coalesce(d.bed_size_band, 'Unknown') as bed_size_band,
            coalesce(d.ownership_group, 'Unknown') as ownership_group
        from {{ gold }}.fct_facility_quarter as f
        left join {{ gold }}.dim_facility as d on d.ccn = f.ccn
        where f.quarter in (select quarter from quarters)
            -- CMS's exclusion rule, as in agg_state_quarter.sql: implausible facility-quarters are nobody's peers.
            and f.cms_exclusion is null
    ),

    -- One row per facility, metric and peer group, unpivoted with small VALUES lists rather than a UNION per
    -- metric: Trino (and so Athena) plans each UNION branch as stages of its own, and caps a query at 150 stages.
    metric_values as (
        select
            f.quarter,
            f.state,
            f.bed_size_band,
            f.ownership_group,
            m.metric,
            case m.metric
                when 'total_hprd' then f.total_hprd
                when 'rn_hprd' then f.rn_hprd
                when 'lpn_hprd' then f.lpn_hprd
                when 'aide_hprd' then f.aide_hprd
                when 'weekend_total_hprd' then f.weekend_total_hprd
                when 'total_direct_hprd' then f.total_direct_hprd
                when 'total_contract_share' then f.total_contract_share
                when 'occupancy' then f.occupancy
                when 'daily_total_hprd_cv' then f.daily_total_hprd_cv
                when 'zero_rn_days' then cast(f.zero_rn_days as double)
            end as value
        from facilities as f
        cross join (
            values ('total_hprd'), ('rn_hprd'), ('lpn_hprd'), ('aide_hprd'), ('weekend_total_hprd'),
                ('total_direct_hprd'), ('total_contract_share'), ('occupancy'), ('daily_total_hprd_cv'), ('zero_rn_days')
        ) as m (metric)
    ),

    peer_values as (
        select
            v.quarter,
            p.peer_type,
            case p.peer_type
                when 'national' then 'US'
                when 'state' then v.state
                when 'bed_size_band' then v.bed_size_band
                else v.ownership_group
            end as peer_group,
            v.metric,
            v.value
        from metric_values as v
        cross join (values ('national'), ('state'), ('bed_size_band'), ('ownership_group')) as p (peer_type)
    ),

    ranked as (
        select
            p.*,
            row_number() over (partition by quarter, peer_type, peer_group, metric order by value) as value_rank,
            count(*) over (partition by quarter, peer_type, peer_group, metric) as value_count
        from peer_values as p
        where p.value is not null
    ),

    fresh as (
        select
            quarter,
            peer_type,
            peer_group,
            metric,
            count(*) as facilities,
            -- Summed as DECIMAL: the same bytes whatever order the values are added in.
            cast(sum(cast(value as decimal(30,12))) as double) / count(*) as mean,
            {{ percentile(0.10) }} as p10,
            {{ percentile(0.25) }} as p25,
            {{ percentile(0.50) }} as p50,
            {{ percentile(0.75) }} as p75,
            {{ percentile(0.90) }} as p90,
            false as is_stale
        from ranked
        group by quarter, peer_type, peer_group, metric
    ),

    stale as (
        select a.quarter, a.peer_type, a.peer_group, a.metric
        from {{ gold }}.agg_peer_distribution as a
        where a.quarter in (select quarter from quarters)
            and not exists (
                select 1
                from fresh as f
                where f.quarter = a.quarter and f.peer_type = a.peer_type and f.peer_group = a.peer_group
                    and f.metric = a.metric
            )
    )

    select * from fresh
    union all
    select quarter, peer_type, peer_group, metric, null, null, null, null, null, null, null, true from stale
) as s
on t.quarter = s.quarter and t.peer_type = s.peer_type and t.peer_group = s.peer_group and t.metric = s.metric
when matched and s.is_stale then delete
when matched then update set
    {{ update_set(gold.agg_peer_distribution, s) }}
when not matched and not s.is_stale then insert (
    {{ columns(gold.agg_peer_distribution) }}
) values (
    {{ columns(gold.agg_peer_distribution, s) }}
)
