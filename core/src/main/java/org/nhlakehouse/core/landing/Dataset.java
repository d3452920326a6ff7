package org.nhlakehouse.core.landing;

import static org.nhlakehouse.core.landing.CanonicalColumn.optional;
import static org.nhlakehouse.core.landing.CanonicalColumn.required;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CMS datasets the lakehouse loads, with the columns their Bronze rows carry.
 *
 * <p>
 * Sources: PBJ Daily Nurse Staffing (data.cms.gov; header history per the PBJ files 2017-2025: lower-case headers in
 * older years, {@code hrs_rn_donadmin}, {@code hrs_lpn_admin}, {@code hrs_na_trn} spellings in 2017, no
 * {@code hrs_medaide_ctr} in 2017Q2, an extra {@code incomplete} column in 2021Q4); Nursing Home Provider Information
 * and Data Collection Intervals (CMS Nursing Home Data Dictionary, Jan 2024, Tables 2 and 4).
 */
public enum Dataset {

    PBJ_DAILY_NURSE_STAFFING("pbj", "PBJ Daily Nurse Staffing", pbjColumns()),
    PROVIDER_INFO("provider_info", "Nursing Home Provider Information", providerInfoColumns()),
    DATA_COLLECTION_INTERVALS("collection_intervals", "Nursing Home Data Collection Intervals", intervalColumns());

    /** The eight PBJ nurse job categories, CMS job codes 5-12, as they appear in column names. */
    public static List<String> pbjRoles() {
        return Roles.PBJ;
    }

    /** Holder: enum constants are built before the enum's own static fields. */
    private static final class Roles {
        static final List<String> PBJ = List.of("rndon", "rnadmin", "rn", "lpnadmin", "lpn", "cna", "natrn", "medaide");
    }

    private final String id;
    private final String title;
    private final List<CanonicalColumn> columns;

    Dataset(String id, String title, List<CanonicalColumn> columns) {
        this.id = id;
        this.title = title;
        this.columns = List.copyOf(columns);
    }

    /** The short id used in object keys ({@code bronze/<id>/...}) and table names. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The data columns of this dataset's Bronze rows, in Bronze order. */
    public List<CanonicalColumn> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(CanonicalColumn::name).toList();
    }

    /** The Bronze rows table of this dataset, e.g. {@code pbj_rows}. */
    public String bronzeTable() {
        return id + "_rows";
    }

    public static Optional<Dataset> byId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    private static List<CanonicalColumn> pbjColumns() {
        List<CanonicalColumn> columns = new ArrayList<>(List.of(
                required("provnum"),
                optional("provname"),
                optional("city"),
                required("state"),
                optional("county_name"),
                optional("county_fips"),
                optional("cy_qtr"),
                required("workdate"),
                required("mdscensus")));
        for (String role : Roles.PBJ) {
            String legacy = switch (role) {
                case "rndon" -> "rn_donadmin";
                case "lpnadmin" -> "lpn_admin";
                case "natrn" -> "na_trn";
                default -> null;
            };
            for (String suffix : new String[] { "", "_emp", "_ctr" }) {
                String name = "hrs_" + role + suffix;
                String[] aliases = legacy == null ? new String[0] : new String[] { "hrs_" + legacy + suffix };
                // Contract hours may be missing (2017Q2 has no hrs_medaide_ctr); Silver derives them as total - employee.
                columns.add(suffix.equals("_ctr") ? optional(name, aliases) : required(name, aliases));
            }
        }
        columns.add(optional("incomplete"));
        return columns;
    }

    private static List<CanonicalColumn> providerInfoColumns() {
        List<CanonicalColumn> columns = new ArrayList<>(List.of(
                required("ccn", "cms_certification_number_ccn", "federal_provider_number", "provnum"),
                required("provider_name", "provname"),
                optional("provider_address", "address"),
                optional("city", "city_town"),
                required("state"),
                optional("zip_code", "zip"),
                optional("telephone_number", "phone"),
                optional("ssa_county_code", "provider_ssa_county_code"),
                optional("county", "county_parish", "county_name"),
                optional("ownership_type", "ownership"),
                optional("certified_beds", "number_of_certified_beds", "bedcert"),
                optional("avg_residents_per_day", "average_number_of_residents_per_day", "restot"),
                optional("avg_residents_per_day_footnote", "average_number_of_residents_per_day_footnote"),
                optional("provider_type"),
                optional("in_hospital", "provider_resides_in_hospital"),
                optional("legal_business_name"),
                optional("date_first_approved", "date_first_approved_to_provide_medicare_and_medicaid_services"),
                optional("affiliated_entity_name"),
                optional("affiliated_entity_id"),
                optional("ccrc", "continuing_care_retirement_community"),
                optional("special_focus_status"),
                optional("abuse_icon"),
                optional("inspection_over_2_years_ago", "most_recent_health_inspection_more_than_2_years_ago"),
                optional("changed_ownership_last_12_months", "provider_changed_ownership_in_last_12_months"),
                optional("resident_family_council", "with_a_resident_and_family_council"),
                optional("sprinkler_systems", "automatic_sprinkler_systems_in_all_required_areas"),
                optional("overall_rating"),
                optional("overall_rating_footnote"),
                optional("health_inspection_rating"),
                optional("health_inspection_rating_footnote"),
                optional("qm_rating"),
                optional("qm_rating_footnote"),
                optional("long_stay_qm_rating"),
                optional("long_stay_qm_rating_footnote"),
                optional("short_stay_qm_rating"),
                optional("short_stay_qm_rating_footnote"),
                optional("staffing_rating"),
                optional("staffing_rating_footnote"),
                optional("reported_staffing_footnote"),
                optional("pt_staffing_footnote", "physical_therapist_staffing_footnote"),
                optional("reported_aide_hprd", "reported_nurse_aide_staffing_hours_per_resident_per_day",
                        "reported_cna_staffing_hours_per_resident_per_day"),
                optional("reported_lpn_hprd", "reported_lpn_staffing_hours_per_resident_per_day"),
                optional("reported_rn_hprd", "reported_rn_staffing_hours_per_resident_per_day"),
                optional("reported_licensed_hprd", "reported_licensed_staffing_hours_per_resident_per_day"),
                optional("reported_total_hprd", "reported_total_nurse_staffing_hours_per_resident_per_day"),
                optional("reported_weekend_total_hprd",
                        "total_number_of_nurse_staff_hours_per_resident_per_day_on_the_weekend"),
                optional("reported_weekend_rn_hprd", "registered_nurse_hours_per_resident_per_day_on_the_weekend"),
                optional("reported_pt_hprd", "reported_physical_therapist_staffing_hours_per_resident_per_day"),
                optional("total_nurse_turnover", "total_nursing_staff_turnover"),
                optional("total_nurse_turnover_footnote", "total_nursing_staff_turnover_footnote"),
                optional("rn_turnover", "registered_nurse_turnover"),
                optional("rn_turnover_footnote", "registered_nurse_turnover_footnote"),
                optional("administrators_left", "number_of_administrators_who_have_left_the_nursing_home"),
                optional("administrator_turnover_footnote"),
                optional("nursing_cmi", "nursing_case_mix_index"),
                optional("nursing_cmi_ratio", "nursing_case_mix_index_ratio"),
                optional("casemix_aide_hprd", "case_mix_nurse_aide_staffing_hours_per_resident_per_day"),
                optional("casemix_lpn_hprd", "case_mix_lpn_staffing_hours_per_resident_per_day"),
                optional("casemix_rn_hprd", "case_mix_rn_staffing_hours_per_resident_per_day"),
                optional("casemix_total_hprd", "case_mix_total_nurse_staffing_hours_per_resident_per_day"),
                optional("casemix_weekend_total_hprd",
                        "case_mix_weekend_total_nurse_staffing_hours_per_resident_per_day"),
                optional("adjusted_aide_hprd", "adjusted_nurse_aide_staffing_hours_per_resident_per_day"),
                optional("adjusted_lpn_hprd", "adjusted_lpn_staffing_hours_per_resident_per_day"),
                optional("adjusted_rn_hprd", "adjusted_rn_staffing_hours_per_resident_per_day"),
                optional("adjusted_total_hprd", "adjusted_total_nurse_staffing_hours_per_resident_per_day"),
                optional("adjusted_weekend_total_hprd",
                        "adjusted_weekend_total_nurse_staffing_hours_per_resident_per_day")));
        for (int cycle = 1; cycle <= 3; cycle++) {
            String p = "rating_cycle_" + cycle + "_";
            columns.add(optional(p + "health_survey_date", p + "standard_survey_health_date",
                    p + "standard_health_survey_date"));
            columns.add(optional(p + "total_health_deficiencies", p + "total_number_of_health_deficiencies"));
            columns.add(optional(p + "standard_health_deficiencies", p + "number_of_standard_health_deficiencies"));
            columns.add(optional(p + "complaint_health_deficiencies", p + "number_of_complaint_health_deficiencies"));
            columns.add(optional(p + "health_deficiency_score"));
            columns.add(optional(p + "health_revisits", p + "number_of_health_revisits"));
            columns.add(optional(p + "health_revisit_score"));
            columns.add(optional(p + "total_health_score"));
        }
        columns.addAll(List.of(
                optional("total_weighted_health_survey_score"),
                optional("facility_reported_incidents", "number_of_facility_reported_incidents"),
                optional("substantiated_complaints", "number_of_substantiated_complaints"),
                optional("infection_control_citations", "number_of_citations_from_infection_control_inspections"),
                optional("number_of_fines"),
                optional("total_fines_dollars", "total_amount_of_fines_in_dollars"),
                optional("payment_denials", "number_of_payment_denials"),
                optional("total_penalties", "total_number_of_penalties"),
                optional("location"),
                optional("latitude"),
                optional("longitude"),
                optional("geocoding_footnote"),
                required("processing_date", "filedate")));
        return columns;
    }

    private static List<CanonicalColumn> intervalColumns() {
        return List.of(
                required("measure_code"),
                optional("measure_description"),
                required("period_from_date", "data_collection_period_from_date"),
                required("period_through_date", "data_collection_period_through_date"),
                optional("measure_date_range"),
                required("processing_date"));
    }
}
