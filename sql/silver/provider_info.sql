-- Upserts the batch's winning Provider Info rows into Silver on their natural key (ccn, processing_date). A row replaces
-- the one in Silver only when its file has the greater precedence (a later file supersedes an earlier one), so
-- loading the same files again, or in another order, leaves Silver as it is.
merge into {{ silver }}.provider_info as t
using (
    select *
    from {{ silver }}.stg_provider_info
    where batch_id = {{ batch_id }} and reject_reason is null and batch_rank = 1
) as s
on t.ccn = s.ccn and t.processing_date = s.processing_date
when matched and s.precedence > t.precedence then update set
    provider_name = s.provider_name,
    provider_address = s.provider_address,
    city = s.city,
    state = s.state,
    zip_code = s.zip_code,
    county = s.county,
    ownership_type = s.ownership_type,
    certified_beds = s.certified_beds,
    avg_residents_per_day = s.avg_residents_per_day,
    provider_type = s.provider_type,
    in_hospital = s.in_hospital,
    legal_business_name = s.legal_business_name,
    affiliated_entity_name = s.affiliated_entity_name,
    affiliated_entity_id = s.affiliated_entity_id,
    ccrc = s.ccrc,
    special_focus_status = s.special_focus_status,
    abuse_icon = s.abuse_icon,
    changed_ownership_last_12_months = s.changed_ownership_last_12_months,
    overall_rating = s.overall_rating,
    overall_rating_footnote = s.overall_rating_footnote,
    health_inspection_rating = s.health_inspection_rating,
    qm_rating = s.qm_rating,
    long_stay_qm_rating = s.long_stay_qm_rating,
    short_stay_qm_rating = s.short_stay_qm_rating,
    staffing_rating = s.staffing_rating,
    staffing_rating_footnote = s.staffing_rating_footnote,
    reported_staffing_footnote = s.reported_staffing_footnote,
    reported_aide_hprd = s.reported_aide_hprd,
    reported_lpn_hprd = s.reported_lpn_hprd,
    reported_rn_hprd = s.reported_rn_hprd,
    reported_licensed_hprd = s.reported_licensed_hprd,
    reported_total_hprd = s.reported_total_hprd,
    reported_weekend_total_hprd = s.reported_weekend_total_hprd,
    reported_weekend_rn_hprd = s.reported_weekend_rn_hprd,
    reported_pt_hprd = s.reported_pt_hprd,
    total_nurse_turnover = s.total_nurse_turnover,
    rn_turnover = s.rn_turnover,
    administrators_left = s.administrators_left,
    nursing_cmi = s.nursing_cmi,
    nursing_cmi_ratio = s.nursing_cmi_ratio,
    casemix_aide_hprd = s.casemix_aide_hprd,
    casemix_lpn_hprd = s.casemix_lpn_hprd,
    casemix_rn_hprd = s.casemix_rn_hprd,
    casemix_total_hprd = s.casemix_total_hprd,
    casemix_weekend_total_hprd = s.casemix_weekend_total_hprd,
    adjusted_aide_hprd = s.adjusted_aide_hprd,
    adjusted_lpn_hprd = s.adjusted_lpn_hprd,
    adjusted_rn_hprd = s.adjusted_rn_hprd,
    adjusted_total_hprd = s.adjusted_total_hprd,
    adjusted_weekend_total_hprd = s.adjusted_weekend_total_hprd,
    number_of_fines = s.number_of_fines,
    total_fines_dollars = s.total_fines_dollars,
    total_penalties = s.total_penalties,
    latitude = s.latitude,
    longitude = s.longitude,
    file_id = s.file_id,
    line_number = s.line_number,
    precedence = s.precedence
when not matched then insert (
    ccn, processing_date, provider_name, provider_address, city, state, zip_code, county,
    ownership_type, certified_beds, avg_residents_per_day, provider_type, in_hospital, legal_business_name, affiliated_entity_name, affiliated_entity_id,
    ccrc, special_focus_status, abuse_icon, changed_ownership_last_12_months, overall_rating, overall_rating_footnote, health_inspection_rating, qm_rating,
    long_stay_qm_rating, short_stay_qm_rating, staffing_rating, staffing_rating_footnote, reported_staffing_footnote, reported_aide_hprd, reported_lpn_hprd, reported_rn_hprd,
    reported_licensed_hprd, reported_total_hprd, reported_weekend_total_hprd, reported_weekend_rn_hprd, reported_pt_hprd, total_nurse_turnover, rn_turnover, administrators_left,
    nursing_cmi, nursing_cmi_ratio, casemix_aide_hprd, casemix_lpn_hprd, casemix_rn_hprd, casemix_total_hprd, casemix_weekend_total_hprd, adjusted_aide_hprd,
    adjusted_lpn_hprd, adjusted_rn_hprd, adjusted_total_hprd, adjusted_weekend_total_hprd, number_of_fines, total_fines_dollars, total_penalties, latitude,
    longitude, file_id, line_number, precedence
) values (
    s.ccn, s.processing_date, s.provider_name, s.provider_address, s.city, s.state, s.zip_code, s.county,
    s.ownership_type, s.certified_beds, s.avg_residents_per_day, s.provider_type, s.in_hospital, s.legal_business_name, s.affiliated_entity_name, s.affiliated_entity_id,
    s.ccrc, s.special_focus_status, s.abuse_icon, s.changed_ownership_last_12_months, s.overall_rating, s.overall_rating_footnote, s.health_inspection_rating, s.qm_rating,
    s.long_stay_qm_rating, s.short_stay_qm_rating, s.staffing_rating, s.staffing_rating_footnote, s.reported_staffing_footnote, s.reported_aide_hprd, s.reported_lpn_hprd, s.reported_rn_hprd,
    s.reported_licensed_hprd, s.reported_total_hprd, s.reported_weekend_total_hprd, s.reported_weekend_rn_hprd, s.reported_pt_hprd, s.total_nurse_turnover, s.rn_turnover, s.administrators_left,
    s.nursing_cmi, s.nursing_cmi_ratio, s.casemix_aide_hprd, s.casemix_lpn_hprd, s.casemix_rn_hprd, s.casemix_total_hprd, s.casemix_weekend_total_hprd, s.adjusted_aide_hprd,
    s.adjusted_lpn_hprd, s.adjusted_rn_hprd, s.adjusted_total_hprd, s.adjusted_weekend_total_hprd, s.number_of_fines, s.total_fines_dollars, s.total_penalties, s.latitude,
    s.longitude, s.file_id, s.line_number, s.precedence
)
