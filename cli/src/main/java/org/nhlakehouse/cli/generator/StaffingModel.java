package org.nhlakehouse.cli.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Draws one facility's days in one quarter: the census drifts around the facility's usual level; the DON and staff
 * with administrative duties work weekdays; direct-care hours follow the census, dip at weekends, and are partly
 * worked by agency staff; some days have residents but no RN; a few facilities have days without residents.
 */
final class StaffingModel {

    private static final double WEEKDAY_SHARE = 5.0 / 7;
    private static final double DON_WEEKDAY_PRESENCE = 0.93;
    private static final double DON_WEEKEND_PRESENCE = 0.05;
    private static final double RN_ADMIN_WEEKEND_PRESENCE = 0.10;

    private final Facility facility;
    private final Rng rng;
    private final LocalDate lastDay;
    private final double census;
    private final double rnDirectHprd;
    private final double lpnDirectHprd;
    private final double aideHprd;
    private final double weekdayFactor;
    private final double weekendFactor;
    private final LocalDate zeroCensusFrom;
    private final LocalDate zeroCensusThrough;
    private LocalDate next;
    private double censusDeviation;

    StaffingModel(Facility facility, Quarter quarter, Rng rng) {
        this.facility = facility;
        this.rng = rng;
        this.next = quarter.firstDay();
        this.lastDay = quarter.lastDay();
        this.census = facility.census() * rng.lognormalFactor(0.05);
        double totalHprd = facility.totalHprd() * rng.lognormalFactor(0.04);
        double rnAdminPerDay = WEEKDAY_SHARE * (DON_WEEKDAY_PRESENCE * facility.donHours()
                + 8.0 * facility.rnAdminStaff()) + (1 - WEEKDAY_SHARE)
                        * (DON_WEEKEND_PRESENCE * 5.0
                                + RN_ADMIN_WEEKEND_PRESENCE * 8.0);
        double lpnAdminPerDay = WEEKDAY_SHARE * 8.0 * facility.lpnAdminStaff();
        this.rnDirectHprd = Math.max(0.05, totalHprd * facility.rnShare() - rnAdminPerDay / census);
        this.lpnDirectHprd = Math.max(0.05, totalHprd * facility.lpnShare() - lpnAdminPerDay / census);
        this.aideHprd = totalHprd * (1 - facility.rnShare() - facility.lpnShare());
        this.weekdayFactor = 7.0 / (5 + 2 * facility.weekendDip());
        this.weekendFactor = weekdayFactor * facility.weekendDip();
        this.censusDeviation = 0.03 * rng.gaussian();
        if (facility.zeroCensusProne() && rng.chance(0.5)) {
            int days = rng.between(3, 20);
            boolean atStart = rng.chance(0.5);
            zeroCensusFrom = atStart ? quarter.firstDay() : lastDay.minusDays(days - 1);
            zeroCensusThrough = atStart ? quarter.firstDay().plusDays(days - 1) : lastDay;
        } else {
            zeroCensusFrom = null;
            zeroCensusThrough = null;
        }
    }

    boolean hasNext() {
        return !next.isAfter(lastDay);
    }

    /** Fills {@code day} with the next day of the quarter. */
    void next(PbjDay day) {
        LocalDate date = next;
        next = next.plusDays(1);
        DayOfWeek weekday = date.getDayOfWeek();
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        day.date = date;
        day.weekend = weekend;
        censusDeviation = 0.85 * censusDeviation + 0.015 * rng.gaussian();
        boolean noResidents = zeroCensusFrom != null && !date.isBefore(zeroCensusFrom)
                && !date.isAfter(zeroCensusThrough);
        day.census = noResidents ? 0
                : (int) Math.clamp(Math.round(census * (1 + censusDeviation)), 1, facility.beds());

        boolean noRn = day.census > 0 && rng.chance(facility.noRnChance() * (weekend ? 3 : 1));
        double don = !noRn && rng.chance(weekend ? DON_WEEKEND_PRESENCE : DON_WEEKDAY_PRESENCE)
                ? (weekend ? rng.uniform(2, 8) : facility.donHours() * rng.uniform(0.9, 1.1))
                : 0;
        double rnAdmin = noRn ? 0
                : weekend ? (rng.chance(RN_ADMIN_WEEKEND_PRESENCE) ? 8 * rng.uniform(0.85, 1.15) : 0)
                        : 8 * facility.rnAdminStaff() * rng.uniform(0.85, 1.15);
        double lpnAdmin = weekend ? 0 : 8 * facility.lpnAdminStaff() * rng.uniform(0.85, 1.15);
        day.set(PbjDay.RNDON, hundredths(don), 0);
        day.set(PbjDay.RNADMIN, hundredths(rnAdmin), 0);
        day.set(PbjDay.LPNADMIN, hundredths(lpnAdmin), 0);

        double residents = day.census;
        double factor = weekend ? weekendFactor : weekdayFactor;
        double rn = noRn ? 0 : residents * rnDirectHprd * factor * rng.lognormalFactor(0.10);
        double lpn = residents * lpnDirectHprd * factor * rng.lognormalFactor(0.10);
        double aides = residents * aideHprd * factor * rng.lognormalFactor(0.07);
        double medAide = aides * facility.medAideShare() * rng.uniform(0.7, 1.3);
        double trainee = aides * facility.traineeShare() * rng.uniform(0.5, 1.5);
        double[] agency = facility.contractShares();
        direct(day, PbjDay.RN, rn, agency[0]);
        direct(day, PbjDay.LPN, lpn, agency[1]);
        direct(day, PbjDay.CNA, aides - medAide - trainee, agency[2]);
        direct(day, PbjDay.NATRN, trainee, agency[2]);
        direct(day, PbjDay.MEDAIDE, medAide, agency[2]);
    }

    private void direct(PbjDay day, int role, double hours, double contractShare) {
        long total = hundredths(hours);
        long contract = contractShare == 0 ? 0 : hundredths(hours * contractShare * rng.uniform(0.5, 1.5));
        day.set(role, total, contract);
    }

    private static long hundredths(double hours) {
        return Math.max(0, Math.round(hours * 100));
    }
}
