package org.nhlakehouse.cli.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the facilities of a generated nation. Facility {@code i} depends only on the seed and on facilities before it,
 * so the first 50 facilities of a 15,000-facility roster are the 50 facilities of a 50-facility roster.
 */
final class FacilityRoster {

    /** The national pooled total HPRD the generated staffing is centred on (2023Q2: 3.663; RN 0.589, aide 2.195). */
    static final double NATIONAL_TOTAL_HPRD = 3.663;
    static final double NATIONAL_RN_SHARE = 0.589 / 3.663;
    static final double NATIONAL_LPN_SHARE = 0.879 / 3.663;

    /** Ownership types as Provider Info spells them, with rough national shares and a staffing effect. */
    private static final String[] OWNERSHIP = { "For profit - Limited Liability company",
            "For profit - Corporation", "For profit - Partnership", "For profit - Individual",
            "Non profit - Corporation", "Non profit - Church related", "Non profit - Other", "Government - County",
            "Government - Hospital district", "Government - State", "Government - City",
            "Government - City/county" };
    private static final double[] OWNERSHIP_WEIGHTS = { 0.40, 0.22, 0.05, 0.03, 0.14, 0.04, 0.04, 0.035, 0.015, 0.005,
            0.005, 0.005 };
    private static final double OWNERSHIP_NORMALIZER = averageOwnershipEffect();

    private FacilityRoster() {
    }

    static List<Facility> draw(long seed, int count) {
        List<StateProfile> states = StateProfile.all();
        double[] stateWeights = states.stream().mapToDouble(StateProfile::weight).toArray();
        Map<String, int[]> counters = new HashMap<>();
        List<Facility> facilities = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Rng rng = Rng.of(seed, 1, i);
            StateProfile state = states.get(rng.weighted(stateWeights));
            int[] counter = counters.computeIfAbsent(state.code(), k -> new int[] { 5000, 0, 0 });
            facilities.add(facility(i, rng, state, ccn(rng, state, counter)));
        }
        return facilities;
    }

    /**
     * A CCN: two-digit state code then the facility number, 5000-6499 for skilled nursing facilities (then the state's
     * next series); a few facilities, and any beyond every series, get a letter in the third place, as some real CCNs
     * do (e.g. {@code 51A009}).
     *
     * @param counter per state: next number, series in use, letter CCNs used
     */
    private static String ccn(Rng rng, StateProfile state, int[] counter) {
        int next = counter[0] + (rng.chance(0.85) ? 1 : 2);
        if (next > 6499 && counter[1] + 1 < state.ccnPrefixes().size()) {
            counter[1]++;
            next = 5001;
        }
        if (next <= 6499 && !rng.chance(0.004)) {
            counter[0] = next;
            return state.ccnPrefixes().get(counter[1]) + next;
        }
        int alpha = counter[2]++;
        if (alpha >= 26_000) {
            throw new IllegalArgumentException("too many facilities in " + state.code() + " for distinct CCNs");
        }
        return state.ccnPrefixes().getFirst() + (char) ('A' + alpha / 1000) + String.format("%03d", alpha % 1000);
    }

    private static Facility facility(int index, Rng rng, StateProfile state, String ccn) {
        StateProfile.County county = rng.pick(state.counties());
        String name = FacilityNames.facilityName(rng, county.city());
        int ownership = rng.weighted(OWNERSHIP_WEIGHTS);
        double census = Math.clamp(StrictMath.exp(StrictMath.log(80) + 0.5 * rng.gaussian()), 20, 300);
        int beds = (int) Math.ceil(census / rng.uniform(0.60, 0.95));
        double totalHprd = Math.clamp(NATIONAL_TOTAL_HPRD * state.hprdFactor() * ownershipEffect(ownership)
                / OWNERSHIP_NORMALIZER * rng.lognormalFactor(0.17), 1.8, 9.5);
        double rnShare = Math.clamp(NATIONAL_RN_SHARE * state.rnFactor() * rng.lognormalFactor(0.3), 0.06, 0.45);
        double lpnShare = Math.clamp(NATIONAL_LPN_SHARE * rng.lognormalFactor(0.3), 0.05, 0.45);
        if (rnShare + lpnShare > 0.65) {
            double scale = 0.65 / (rnShare + lpnShare);
            rnShare *= scale;
            lpnShare *= scale;
        }
        int rnAdmin = census < 40 ? rng.between(0, 1) : (int) Math.round(census / 60 * rng.uniform(0.3, 1.5));
        return new Facility(index, ccn, name, FacilityNames.legalName(rng, name), FacilityNames.address(rng), state,
                county, String.format("%03d%02d", rng.between(state.zipFrom(), state.zipTo()), rng.between(0, 99)),
                state.areaCode() + rng.between(200, 999) + String.format("%04d", rng.between(0, 9999)),
                String.format("%03d", (Integer.parseInt(county.fips()) * 10 + 7) % 1000), OWNERSHIP[ownership],
                providerType(rng), rng.chance(0.04), rng.chance(0.06),
                rng.chance(0.6) ? (int) (600 * StrictMath.pow(rng.nextDouble(), 2)) : Facility.NO_CHAIN,
                rng.chance(0.3) ? LocalDate.of(1967, 1, 1) : LocalDate.of(1966, 7, 1).plusDays(rng.nextInt(18_000)),
                state.latitude() + state.latitudeSpan() * rng.uniform(-1, 1),
                state.longitude() + state.longitudeSpan() * rng.uniform(-1, 1), beds, census, totalHprd, rnShare,
                lpnShare, rng.chance(state.medAideShare()) ? rng.uniform(0.05, 0.25) : 0,
                rng.chance(0.15) ? rng.uniform(0.01, 0.08) : 0, rng.uniform(0.80, 0.98), rng.uniform(7.5, 9.5),
                rnAdmin, rng.chance(0.35) ? rng.between(1, 1 + (int) census / 100) : 0, contractShares(rng),
                noRnChance(rng), rng.chance(0.01), Math.clamp(1 + 0.09 * rng.gaussian(), 0.7, 1.4));
    }

    /** Agency use: most facilities little or none, a quarter some, a tail a lot (2023Q2 national: 9.7% of hours). */
    private static double[] contractShares(Rng rng) {
        double u = rng.nextDouble();
        if (u < 0.30) {
            return new double[] { 0, 0, 0 };
        }
        double base = u < 0.62 ? rng.uniform(0, 0.03) : u < 0.85 ? rng.uniform(0.03, 0.15) : rng.uniform(0.15, 0.65);
        return new double[] { Math.min(0.9, base * rng.lognormalFactor(0.4)),
                Math.min(0.9, base * 1.3 * rng.lognormalFactor(0.4)),
                Math.min(0.9, base * 1.2 * rng.lognormalFactor(0.4)) };
    }

    private static double noRnChance(Rng rng) {
        double u = rng.nextDouble();
        return u < 0.85 ? 0.002 : u < 0.97 ? 0.03 : 0.12;
    }

    private static String providerType(Rng rng) {
        double u = rng.nextDouble();
        return u < 0.94 ? "Medicare and Medicaid" : u < 0.98 ? "Medicare" : "Medicaid";
    }

    private static double ownershipEffect(int ownership) {
        String type = OWNERSHIP[ownership];
        return type.startsWith("For profit") ? 0.95 : type.startsWith("Non profit") ? 1.10 : 1.06;
    }

    private static double averageOwnershipEffect() {
        double total = 0;
        double weights = 0;
        for (int i = 0; i < OWNERSHIP.length; i++) {
            total += OWNERSHIP_WEIGHTS[i] * ownershipEffect(i);
            weights += OWNERSHIP_WEIGHTS[i];
        }
        return total / weights;
    }
}
