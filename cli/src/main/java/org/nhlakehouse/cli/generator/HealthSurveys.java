package org.nhlakehouse.cli.generator;

import java.time.LocalDate;

/**
 * The inspection and penalty columns of a Provider Info row: three rating cycles of standard health surveys (dates,
 * deficiencies, scores), the weighted health score CMS derives from them (1/2, 1/3, 1/6), incidents, complaints,
 * fines and payment denials. Plausible, not modelled on anything beyond their usual ranges.
 */
final class HealthSurveys {

    private static final int FIRST_CYCLE = 66;
    private static final int CYCLE_COLUMNS = 8;

    private HealthSurveys() {
    }

    /** Fills columns 66-90; returns the weighted health survey score. */
    static int fill(String[] c, LocalDate processingDate, Rng rng) {
        LocalDate survey = processingDate.minusDays(rng.between(30, 500));
        double weighted = 0;
        double[] weights = { 1.0 / 2, 1.0 / 3, 1.0 / 6 };
        for (int cycle = 0; cycle < 3; cycle++) {
            int at = FIRST_CYCLE + cycle * CYCLE_COLUMNS;
            int deficiencies = geometric(rng, cycle == 0 ? 7 : 5);
            int complaints = deficiencies == 0 ? 0 : rng.between(0, deficiencies / 2);
            int score = 4 * (deficiencies + rng.between(0, deficiencies));
            int revisits = deficiencies == 0 ? 0 : rng.chance(0.85) ? 1 : 2;
            int revisitScore = revisits == 2 ? score / 2 : 0;
            c[at] = survey.toString();
            c[at + 1] = Integer.toString(deficiencies);
            c[at + 2] = Integer.toString(deficiencies - complaints / 2);
            c[at + 3] = Integer.toString(complaints);
            c[at + 4] = Integer.toString(score);
            c[at + 5] = Integer.toString(revisits);
            c[at + 6] = Integer.toString(revisitScore);
            c[at + 7] = Integer.toString(score + revisitScore);
            weighted += weights[cycle] * (score + revisitScore);
            survey = survey.minusDays(rng.between(300, 450));
        }
        c[90] = QuarterTotals.decimals(weighted, 3);
        return (int) weighted;
    }

    /** Fills columns 91-97. */
    static void penalties(String[] c, Rng rng) {
        c[91] = Integer.toString(geometric(rng, 1.2));
        c[92] = Integer.toString(geometric(rng, 1.5));
        c[93] = rng.chance(0.1) ? "" : Integer.toString(rng.weighted(new double[] { 70, 25, 5 }));
        int fines = rng.chance(0.7) ? 0 : rng.between(1, 3);
        int denials = rng.chance(0.95) ? 0 : 1;
        c[94] = Integer.toString(fines);
        c[95] = QuarterTotals.decimals(fines == 0 ? 0 : fines * rng.uniform(650, 30_000), 2);
        c[96] = Integer.toString(denials);
        c[97] = Integer.toString(fines + denials);
    }

    private static int geometric(Rng rng, double mean) {
        return (int) Math.min(60, -StrictMath.log(1 - rng.nextDouble()) * mean);
    }
}
