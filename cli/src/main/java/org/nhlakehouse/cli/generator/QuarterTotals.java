package org.nhlakehouse.cli.generator;

/**
 * One facility's quarter as CMS publishes it in Provider Info: hours summed over the days that had residents, divided
 * by the census summed over the same days (CMS Technical Users' Guide, Apr 2020, Staffing Domain), weekend measures
 * over Saturdays and Sundays, average residents over every reported day. Only rows the pipeline keeps are added, so the
 * published values are what Gold recomputes from the file.
 */
final class QuarterTotals {

    private long daysReported;
    private long residentDays;
    private long rnHundredths;
    private long lpnHundredths;
    private long aideHundredths;
    private long weekendResidentDays;
    private long weekendTotalHundredths;
    private long weekendRnHundredths;
    private long contractHundredths;
    private int zeroRnDays;

    void add(PbjDay day) {
        daysReported++;
        residentDays += day.census;
        if (day.census == 0) {
            return;
        }
        long rn = day.rnHours();
        long total = rn + day.lpnHours() + day.aideHours();
        rnHundredths += rn;
        lpnHundredths += day.lpnHours();
        aideHundredths += day.aideHours();
        for (int role = 0; role < PbjDay.ROLES; role++) {
            contractHundredths += day.contract(role);
        }
        if (day.weekend) {
            weekendResidentDays += day.census;
            weekendTotalHundredths += total;
            weekendRnHundredths += rn;
        }
        if (rn == 0) {
            zeroRnDays++;
        }
    }

    /** Adds another facility's totals, for national pooled figures. */
    void addAll(QuarterTotals other) {
        daysReported += other.daysReported;
        residentDays += other.residentDays;
        rnHundredths += other.rnHundredths;
        lpnHundredths += other.lpnHundredths;
        aideHundredths += other.aideHundredths;
        weekendResidentDays += other.weekendResidentDays;
        weekendTotalHundredths += other.weekendTotalHundredths;
        weekendRnHundredths += other.weekendRnHundredths;
        contractHundredths += other.contractHundredths;
        zeroRnDays += other.zeroRnDays;
    }

    /** Contract hours as a share of all hours, over days with residents. */
    double contractShare() {
        long total = rnHundredths + lpnHundredths + aideHundredths;
        return total == 0 ? 0 : (double) contractHundredths / total;
    }

    double aideHprdValue() {
        return residentDays == 0 ? 0 : aideHundredths / 100.0 / residentDays;
    }

    boolean hasResidents() {
        return residentDays > 0;
    }

    String rnHprd() {
        return perResidentDay(rnHundredths, residentDays);
    }

    String lpnHprd() {
        return perResidentDay(lpnHundredths, residentDays);
    }

    String aideHprd() {
        return perResidentDay(aideHundredths, residentDays);
    }

    String licensedHprd() {
        return perResidentDay(rnHundredths + lpnHundredths, residentDays);
    }

    String totalHprd() {
        return perResidentDay(rnHundredths + lpnHundredths + aideHundredths, residentDays);
    }

    double totalHprdValue() {
        return residentDays == 0 ? 0 : (rnHundredths + lpnHundredths + aideHundredths) / 100.0 / residentDays;
    }

    double rnHprdValue() {
        return residentDays == 0 ? 0 : rnHundredths / 100.0 / residentDays;
    }

    String weekendTotalHprd() {
        return perResidentDay(weekendTotalHundredths, weekendResidentDays);
    }

    String weekendRnHprd() {
        return perResidentDay(weekendRnHundredths, weekendResidentDays);
    }

    /** Average Number of Residents per Day: the mean census over all reported days, one decimal. */
    String averageResidents() {
        return daysReported == 0 ? "" : decimals((double) residentDays / daysReported, 1);
    }

    int zeroRnDays() {
        return zeroRnDays;
    }

    /**
     * Σhours ÷ Σcensus to 5 decimals, computed the way the pipeline's engine computes it (the exact hours sum as the
     * nearest double, divided in double, then rounded half away from zero, as DuckDB's {@code round(x, 5)}) so that
     * even a value on a rounding tie is published as Gold recomputes it.
     */
    static String perResidentDay(long hundredths, long residentDays) {
        return residentDays == 0 ? "" : decimals(hundredths / 100.0 / residentDays, 5);
    }

    /** {@code value} rounded to {@code places} decimals (half away from zero), printed with exactly that many. */
    static String decimals(double value, int places) {
        long scale = 1;
        for (int i = 0; i < places; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        String digits = Long.toString(scaled / scale);
        String fraction = Long.toString(scale + scaled % scale).substring(1);
        return (value < 0 && scaled != 0 ? "-" : "") + digits + (places == 0 ? "" : "." + fraction);
    }
}
