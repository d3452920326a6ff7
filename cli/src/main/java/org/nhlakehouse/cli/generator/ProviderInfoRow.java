package org.nhlakehouse.cli.generator;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One facility's row of a Provider Info release (the 103 columns of the Nov-2024 file, CMS Nursing Home Data
 * Dictionary): who it is, its ratings, and the staffing CMS reports for the quarter the release carries, which are the
 * values {@link QuarterTotals} computed from the PBJ rows the pipeline keeps.
 */
final class ProviderInfoRow {

    static final int COLUMNS = 103;
    static final int CCN = 0;
    static final int STATE = 4;
    static final int BEDS = 10;
    static final int OVERALL_RATING = 26;
    static final int REPORTED_TOTAL = 44;
    static final int PROCESSING_DATE = 102;

    /** National case-mix HPRD per unit of case-mix ratio (Nov-2024 release, CCN 015009: value ÷ CMI ratio). */
    private static final double CASE_MIX_AIDE = 2.29223;
    private static final double CASE_MIX_LPN = 0.87711;
    private static final double CASE_MIX_RN = 0.66806;
    private static final double CASE_MIX_TOTAL = 3.83740;
    private static final double CASE_MIX_WEEKEND = 3.35318;
    private static final double NATIONAL_CMI = 1.35609;
    /** Adjusted = Reported × 3.8160 ÷ Case-Mix total, the same factor for every staff type (verified, Nov 2024). */
    private static final double ADJUSTMENT_NATIONAL = 3.8160;

    /** Reported aide, LPN, RN, total, weekend total → their Adjusted columns. */
    private static final int[][] REPORTED_TO_ADJUSTED = { { 40, 61 }, { 41, 62 }, { 42, 63 }, { 44, 64 }, { 45, 65 } };

    private ProviderInfoRow() {
    }

    static String[] fields(Facility f, QuarterTotals staffing, LocalDate processingDate, Rng rng) {
        String[] c = new String[COLUMNS];
        Arrays.fill(c, "");
        c[0] = f.ccn();
        c[1] = f.name();
        c[2] = f.address();
        c[3] = f.city();
        c[4] = f.state().code();
        c[5] = f.zip();
        c[6] = f.phone();
        c[7] = f.ssaCountyCode();
        c[8] = f.county().name();
        c[9] = f.ownership();
        c[10] = Integer.toString(f.beds());
        c[11] = staffing.averageResidents();
        c[13] = f.providerType();
        c[14] = yes(f.inHospital());
        c[15] = f.legalName();
        c[16] = f.firstApproved().toString();
        if (f.chainId() != Facility.NO_CHAIN) {
            c[17] = FacilityNames.chainName(f.chainId());
            c[18] = Integer.toString(f.chainId() + 1);
        }
        c[19] = yes(f.ccrc());
        double u = rng.nextDouble();
        c[20] = u < 0.005 ? "SFF" : u < 0.03 ? "SFF Candidate" : "";
        c[21] = yes(rng.chance(0.05));
        c[22] = yes(rng.chance(0.03));
        c[23] = yes(rng.chance(0.04));
        c[24] = new String[] { "Resident", "Both", "Family", "None" }[rng.weighted(new double[] { 60, 30, 2, 8 })];
        c[25] = rng.chance(0.99) ? "Yes" : "Partial";

        int weightedScore = HealthSurveys.fill(c, processingDate, rng);
        int health = weightedScore < 8 ? 5 : weightedScore < 16 ? 4 : weightedScore < 30 ? 3 : weightedScore < 50 ? 2 : 1;
        int qm = 1 + rng.weighted(new double[] { 8, 14, 20, 25, 33 });
        double caseMixRatio = f.caseMixRatio() * rng.lognormalFactor(0.02);
        double adjustment = ADJUSTMENT_NATIONAL / (CASE_MIX_TOTAL * caseMixRatio);
        int staffingRating = staffing.hasResidents() ? staffingRating(staffing, adjustment) : 0;
        boolean noRnException = staffing.zeroRnDays() >= 4;
        if (noRnException) {
            staffingRating = 1; // CMS: 4+ days with residents and no RN hours → one star, footnote 12
        }
        int overall = Math.clamp(health + (staffingRating >= 4 ? 1 : staffingRating == 1 ? -1 : 0)
                + (qm == 5 ? 1 : qm == 1 ? -1 : 0), 1, 5);
        c[26] = Integer.toString(overall);
        c[28] = Integer.toString(health);
        c[30] = Integer.toString(qm);
        c[32] = Integer.toString(Math.clamp(qm + rng.between(-1, 1), 1, 5));
        c[34] = Integer.toString(Math.clamp(qm + rng.between(-1, 1), 1, 5));
        c[36] = staffingRating == 0 ? "" : Integer.toString(staffingRating);
        c[37] = noRnException ? "12" : "";

        if (staffing.hasResidents()) {
            c[40] = staffing.aideHprd();
            c[41] = staffing.lpnHprd();
            c[42] = staffing.rnHprd();
            c[43] = staffing.licensedHprd();
            c[44] = staffing.totalHprd();
            c[45] = staffing.weekendTotalHprd();
            c[46] = staffing.weekendRnHprd();
            for (int[] pair : REPORTED_TO_ADJUSTED) {
                if (!c[pair[0]].isEmpty()) {
                    c[pair[1]] = QuarterTotals.decimals(Double.parseDouble(c[pair[0]]) * adjustment, 5);
                }
            }
        } else {
            c[38] = "6";
        }
        c[47] = QuarterTotals.decimals(rng.uniform(0.003, 0.12), 5);
        turnover(c, rng);
        c[54] = QuarterTotals.decimals(NATIONAL_CMI * caseMixRatio, 5);
        c[55] = QuarterTotals.decimals(caseMixRatio, 5);
        c[56] = QuarterTotals.decimals(CASE_MIX_AIDE * caseMixRatio, 5);
        c[57] = QuarterTotals.decimals(CASE_MIX_LPN * caseMixRatio, 5);
        c[58] = QuarterTotals.decimals(CASE_MIX_RN * caseMixRatio, 5);
        c[59] = QuarterTotals.decimals(CASE_MIX_TOTAL * caseMixRatio, 5);
        c[60] = QuarterTotals.decimals(CASE_MIX_WEEKEND * caseMixRatio, 5);
        HealthSurveys.penalties(c, rng);
        c[98] = f.address() + "," + f.city() + "," + f.state().code() + "," + f.zip();
        c[99] = QuarterTotals.decimals(f.latitude(), 4);
        c[100] = QuarterTotals.decimals(f.longitude(), 3);
        c[102] = processingDate.toString();
        return c;
    }

    /** Stars from adjusted total and RN HPRD, on CMS's 2019 cut points (Technical Users' Guide). */
    private static int staffingRating(QuarterTotals staffing, double adjustment) {
        double total = staffing.totalHprdValue() * adjustment;
        double rn = staffing.rnHprdValue() * adjustment;
        int totalStars = stars(total, 3.108, 3.580, 4.038, 4.408);
        int rnStars = stars(rn, 0.317, 0.508, 0.731, 1.049);
        return (int) Math.round((totalStars + rnStars) / 2.0 + 0.01);
    }

    private static int stars(double value, double... cuts) {
        int stars = 1;
        for (double cut : cuts) {
            if (value >= cut) {
                stars++;
            }
        }
        return stars;
    }

    private static void turnover(String[] c, Rng rng) {
        if (rng.chance(0.08)) {
            c[49] = "6";
            c[51] = "6";
        } else {
            c[48] = QuarterTotals.decimals(Math.clamp(50 + 12 * rng.gaussian(), 8, 98), 1);
            c[50] = QuarterTotals.decimals(Math.clamp(48 + 15 * rng.gaussian(), 0, 100), 1);
        }
        if (rng.chance(0.03)) {
            c[53] = "6";
        } else {
            c[52] = Integer.toString(rng.weighted(new double[] { 55, 30, 10, 5 }));
        }
    }

    private static String yes(boolean value) {
        return value ? "Y" : "N";
    }
}
