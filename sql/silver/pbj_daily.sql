-- Upserts the batch's winning PBJ rows into Silver on their natural key (ccn, work_date). A row replaces
-- the one in Silver only when its file has the greater precedence (a later file supersedes an earlier one), so
-- loading the same files again, or in another order, leaves Silver as it is.
merge into {{ silver }}.pbj_daily as t
using (
    select *
    from {{ silver }}.stg_pbj_daily
    where batch_id = {{ batch_id }} and reject_reason is null and batch_rank = 1
) as s
on t.ccn = s.ccn and t.work_date = s.work_date
when matched and s.precedence > t.precedence then update set
    quarter = s.quarter,
    provider_name = s.provider_name,
    city = s.city,
    state = s.state,
    county_name = s.county_name,
    county_fips = s.county_fips,
    mds_census = s.mds_census,
    hrs_rndon = s.hrs_rndon,
    hrs_rndon_emp = s.hrs_rndon_emp,
    hrs_rndon_ctr = s.hrs_rndon_ctr,
    hrs_rnadmin = s.hrs_rnadmin,
    hrs_rnadmin_emp = s.hrs_rnadmin_emp,
    hrs_rnadmin_ctr = s.hrs_rnadmin_ctr,
    hrs_rn = s.hrs_rn,
    hrs_rn_emp = s.hrs_rn_emp,
    hrs_rn_ctr = s.hrs_rn_ctr,
    hrs_lpnadmin = s.hrs_lpnadmin,
    hrs_lpnadmin_emp = s.hrs_lpnadmin_emp,
    hrs_lpnadmin_ctr = s.hrs_lpnadmin_ctr,
    hrs_lpn = s.hrs_lpn,
    hrs_lpn_emp = s.hrs_lpn_emp,
    hrs_lpn_ctr = s.hrs_lpn_ctr,
    hrs_cna = s.hrs_cna,
    hrs_cna_emp = s.hrs_cna_emp,
    hrs_cna_ctr = s.hrs_cna_ctr,
    hrs_natrn = s.hrs_natrn,
    hrs_natrn_emp = s.hrs_natrn_emp,
    hrs_natrn_ctr = s.hrs_natrn_ctr,
    hrs_medaide = s.hrs_medaide,
    hrs_medaide_emp = s.hrs_medaide_emp,
    hrs_medaide_ctr = s.hrs_medaide_ctr,
    incomplete = s.incomplete,
    file_id = s.file_id,
    line_number = s.line_number,
    precedence = s.precedence
when not matched then insert (
    ccn, work_date, quarter, provider_name, city, state, county_name, county_fips,
    mds_census, hrs_rndon, hrs_rndon_emp, hrs_rndon_ctr, hrs_rnadmin, hrs_rnadmin_emp, hrs_rnadmin_ctr, hrs_rn,
    hrs_rn_emp, hrs_rn_ctr, hrs_lpnadmin, hrs_lpnadmin_emp, hrs_lpnadmin_ctr, hrs_lpn, hrs_lpn_emp, hrs_lpn_ctr,
    hrs_cna, hrs_cna_emp, hrs_cna_ctr, hrs_natrn, hrs_natrn_emp, hrs_natrn_ctr, hrs_medaide, hrs_medaide_emp,
    hrs_medaide_ctr, incomplete, file_id, line_number, precedence
) values (
    s.ccn, s.work_date, s.quarter, s.provider_name, s.city, s.state, s.county_name, s.county_fips,
    s.mds_census, s.hrs_rndon, s.hrs_rndon_emp, s.hrs_rndon_ctr, s.hrs_rnadmin, s.hrs_rnadmin_emp, s.hrs_rnadmin_ctr, s.hrs_rn,
    s.hrs_rn_emp, s.hrs_rn_ctr, s.hrs_lpnadmin, s.hrs_lpnadmin_emp, s.hrs_lpnadmin_ctr, s.hrs_lpn, s.hrs_lpn_emp, s.hrs_lpn_ctr,
    s.hrs_cna, s.hrs_cna_emp, s.hrs_cna_ctr, s.hrs_natrn, s.hrs_natrn_emp, s.hrs_natrn_ctr, s.hrs_medaide, s.hrs_medaide_emp,
    s.hrs_medaide_ctr, s.incomplete, s.file_id, s.line_number, s.precedence
)
