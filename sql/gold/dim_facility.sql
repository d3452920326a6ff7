-- One row per facility. Facilities in Provider Info take their latest release; a CCN seen only in PBJ gets an
-- inferred row (is_inferred) named from its latest PBJ quarter, so no facility with staffing data is ever dropped.
-- Peer groups: bed-size band from certified beds, ownership group from the first words of Ownership Type. Only the
-- facilities the batch touched are recomputed: those of affected facility-quarters and those in its Provider Info.
merge into {{ gold }}.dim_facility as t
using (
    with affected_facilities as (
        select ccn
        from {{ silver }}.stg_affected_facility_quarters
        where batch_id = {{ batch_id }}
        union
        select ccn
        from {{ silver }}.stg_provider_info
        where batch_id = {{ batch_id }} and reject_reason is null
    ),

    latest_release as (
        select
            p.*,
            row_number() over (partition by p.ccn order by p.processing_date desc) as release_rank
        from {{ silver }}.provider_info as p
        where p.ccn in (select ccn from affected_facilities)
    ),

    pbj_quarters as (
        select
            f.ccn,
            min(f.quarter) as first_quarter,
            max(f.quarter) as last_quarter
        from {{ gold }}.fct_facility_quarter as f
        where f.ccn in (select ccn from affected_facilities)
        group by f.ccn
    ),

    latest_pbj as (
        select
            f.ccn,
            f.provider_name,
            f.city,
            f.state,
            row_number() over (partition by f.ccn order by f.quarter desc) as quarter_rank
        from {{ gold }}.fct_facility_quarter as f
        where f.ccn in (select ccn from affected_facilities)
    ),

    known as (
        select
            r.ccn,
            r.provider_name,
            r.city,
            r.state,
            r.county,
            r.ownership_type,
            r.certified_beds,
            r.provider_type,
            r.in_hospital,
            r.affiliated_entity_name,
            r.special_focus_status,
            r.abuse_icon,
            r.overall_rating,
            r.health_inspection_rating,
            r.qm_rating,
            r.staffing_rating,
            r.staffing_rating_footnote,
            cast(r.total_nurse_turnover as double) as total_nurse_turnover,
            cast(r.rn_turnover as double) as rn_turnover,
            r.administrators_left,
            r.latitude,
            r.longitude,
            r.processing_date as latest_release,
            false as is_inferred
        from latest_release as r
        where r.release_rank = 1
    ),

    inferred as (
        select
            l.ccn,
            l.provider_name,
            l.city,
            l.state,
            cast(null as varchar) as county,
            cast(null as varchar) as ownership_type,
            cast(null as bigint) as certified_beds,
            cast(null as varchar) as provider_type,
            cast(null as varchar) as in_hospital,
            cast(null as varchar) as affiliated_entity_name,
            cast(null as varchar) as special_focus_status,
            cast(null as varchar) as abuse_icon,
            cast(null as bigint) as overall_rating,
            cast(null as bigint) as health_inspection_rating,
            cast(null as bigint) as qm_rating,
            cast(null as bigint) as staffing_rating,
            cast(null as varchar) as staffing_rating_footnote,
            cast(null as double) as total_nurse_turnover,
            cast(null as double) as rn_turnover,
            cast(null as bigint) as administrators_left,
            cast(null as double) as latitude,
            cast(null as double) as longitude,
            cast(null as date) as latest_release,
            true as is_inferred
        from latest_pbj as l
        where l.quarter_rank = 1 and l.ccn not in (select ccn from known)
    ),

    facilities as (
        select * from known
        union all
        select * from inferred
    )

    select
        f.ccn,
        f.provider_name,
        f.city,
        f.state,
        f.county,
        f.ownership_type,
        case
            when lower(f.ownership_type) like 'for profit%' then 'For profit'
            when lower(f.ownership_type) like 'non profit%' then 'Non profit'
            when lower(f.ownership_type) like 'government%' then 'Government'
            else 'Unknown'
        end as ownership_group,
        f.certified_beds,
        case
            when f.certified_beds is null then 'Unknown'
            when f.certified_beds < 50 then '<50'
            when f.certified_beds < 100 then '50-99'
            when f.certified_beds < 150 then '100-149'
            when f.certified_beds < 200 then '150-199'
            else '200+'
        end as bed_size_band,
        f.provider_type,
        f.in_hospital,
        f.affiliated_entity_name,
        f.special_focus_status,
        f.abuse_icon,
        f.overall_rating,
        f.health_inspection_rating,
        f.qm_rating,
        f.staffing_rating,
        f.staffing_rating_footnote,
        f.total_nurse_turnover,
        f.rn_turnover,
        f.administrators_left,
        f.latitude,
        f.longitude,
        f.latest_release,
        f.is_inferred,
        q.first_quarter,
        q.last_quarter
    from facilities as f
    left join pbj_quarters as q on q.ccn = f.ccn
) as s
on t.ccn = s.ccn
when matched then update set
    {{ update_set(gold.dim_facility, s) }}
when not matched then insert (
    {{ columns(gold.dim_facility) }}
) values (
    {{ columns(gold.dim_facility, s) }}
)
