package org.nhlakehouse.dashboard.facility;

import static org.nhlakehouse.dashboard.facility.FacilityReadModel.stat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nhlakehouse.dashboard.facility.FacilityView.Section;
import org.nhlakehouse.dashboard.facility.FacilityView.Stat;
import org.nhlakehouse.dashboard.view.Format;

/** The facility page's figure groups, with the explanations that go with them. */
final class FacilitySections {

    private FacilitySections() {
    }

    static List<Stat> identity(Map<String, Object> d) {
        List<Stat> stats = new ArrayList<>();
        stats.add(stat(d, "ccn", "CCN", Format.TEXT));
        stats.add(stat(d, "city", "City", Format.TEXT));
        stats.add(stat(d, "state", "State", Format.TEXT));
        stats.add(stat(d, "county", "County", Format.TEXT));
        stats.add(stat(d, "ownership_type", "Ownership", Format.TEXT));
        stats.add(stat(d, "certified_beds", "Certified beds", Format.INTEGER));
        stats.add(stat(d, "bed_size_band", "Bed-size band", Format.TEXT));
        stats.add(stat(d, "affiliated_entity_name", "Chain", Format.TEXT));
        stats.add(stat(d, "overall_rating", "Overall rating", Format.STARS));
        stats.add(stat(d, "health_inspection_rating", "Health inspection rating", Format.STARS));
        stats.add(stat(d, "qm_rating", "Quality measure rating", Format.STARS));
        stats.add(stat(d, "staffing_rating", "Staffing rating", Format.STARS));
        stats.add(stat(d, "total_nurse_turnover", "Nurse turnover (CMS, %)", Format.DECIMAL1));
        stats.add(stat(d, "latest_release", "Provider Info processed", Format.DATE));
        stats.add(stat(d, "first_quarter", "First PBJ quarter", Format.TEXT));
        stats.add(stat(d, "last_quarter", "Last PBJ quarter", Format.TEXT));
        if (Boolean.TRUE.equals(d.get("is_inferred"))) {
            stats.add(new Stat("is_inferred", "Identity", "from PBJ only (no loaded Provider Info release)", "true"));
        }
        return stats;
    }

    static List<Section> of(Map<String, Object> m) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("staffing", "Reported staffing", List.of(
                stat(m, "total_hprd", "Total nurse HPRD", Format.HPRD),
                stat(m, "rn_hprd", "RN HPRD", Format.HPRD),
                stat(m, "lpn_hprd", "LPN HPRD", Format.HPRD),
                stat(m, "aide_hprd", "Nurse aide HPRD", Format.HPRD),
                stat(m, "avg_residents", "Average residents per day", Format.DECIMAL1),
                stat(m, "occupancy", "Occupancy", Format.PERCENT),
                stat(m, "zero_rn_days", "Days with residents and no RN", Format.INTEGER),
                stat(m, "days_reported", "Days reported", Format.INTEGER)),
                Boolean.TRUE.equals(m.get("cms_zero_rn_exception"))
                        ? "4 or more days with residents and no RN hours: CMS assigns a 1-star staffing rating."
                        : m.get("cms_exclusion") != null
                                ? "CMS would exclude these hours from staffing ratings: " + m.get("cms_exclusion") + "."
                                : "Hours per resident per day as CMS computes them from PBJ (days with residents).",
                false));
        sections.add(new Section("weekend", "Weekend gap", List.of(
                stat(m, "weekend_total_hprd", "Weekend total HPRD", Format.HPRD),
                stat(m, "weekday_total_hprd", "Weekday total HPRD", Format.HPRD),
                stat(m, "weekend_gap_total_hprd", "Weekend minus weekday", Format.HPRD),
                stat(m, "weekend_rn_hprd", "Weekend RN HPRD", Format.HPRD)),
                "Negative: fewer staff per resident at weekends.", false));
        sections.add(new Section("stability", "Stability", List.of(
                stat(m, "daily_total_hprd_cv", "Day-to-day variation (CV)", Format.RATIO),
                stat(m, "total_contract_share", "Contract share of hours", Format.PERCENT),
                stat(m, "rn_contract_share", "Contract share of RN hours", Format.PERCENT)),
                "Coefficient of variation of daily total HPRD: lower is steadier.", false));
        boolean casemix = m.get("casemix_total_hprd") != null;
        sections.add(new Section("casemix", "Reported vs case-mix", casemix ? List.of(
                stat(m, "casemix_total_hprd", "Case-mix total HPRD (CMS)", Format.HPRD),
                stat(m, "reported_minus_casemix_total_hprd", "Reported minus case-mix, total", Format.HPRD),
                stat(m, "casemix_rn_hprd", "Case-mix RN HPRD (CMS)", Format.HPRD),
                stat(m, "reported_minus_casemix_rn_hprd", "Reported minus case-mix, RN", Format.HPRD)) : List.of(),
                casemix ? "Case-mix HPRD is what CMS expects for the residents' acuity (Provider Info release "
                        + m.get("provider_info_release") + "). Positive: staffed above it."
                        : "CMS publishes no case-mix HPRD for this facility-quarter in the loaded Provider Info releases.",
                false));
        sections.add(new Section("benchmark", "2024 standard (repealed): a benchmark, not a verdict", List.of(
                benchmark(m, "total_direct_hprd", "Direct-care total HPRD", 3.48),
                benchmark(m, "rn_direct_hprd", "Direct-care RN HPRD", 0.55),
                benchmark(m, "aide_direct_hprd", "Direct-care nurse aide HPRD", 2.45)),
                "The 2024 minimum staffing standard (89 FR 40876) was vacated in April 2025 and repealed "
                        + "(90 FR 55687, December 2025). No facility is required to meet it; it is shown only as a "
                        + "reference level. Direct-care hours exclude the DON and administrative nurses.",
                true));
        return sections;
    }

    private static Stat benchmark(Map<String, Object> m, String key, String label, double level) {
        Object value = m.get(key);
        if (!(value instanceof Number n)) {
            return new Stat(key, label + " vs " + level, "n/a", "");
        }
        String side = n.doubleValue() >= level ? "at or above" : "below";
        return new Stat(key, label + " vs " + level, Format.HPRD.text(value) + " (" + side + " " + level + ")",
                String.valueOf(value));
    }
}
