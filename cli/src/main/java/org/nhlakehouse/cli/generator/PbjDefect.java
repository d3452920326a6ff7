package org.nhlakehouse.cli.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The ways a generated PBJ row is made wrong on purpose, each with the reason the pipeline must quarantine it under
 * (sql/silver/stg_pbj_daily.sql, and FileLander for the two structural ones). Each defect breaks exactly one thing, so
 * that the row's first reason is the intended one.
 */
enum PbjDefect {
    CCN_MALFORMED,
    CCN_MISSING,
    STATE_MALFORMED,
    WORKDATE_MISSING,
    WORKDATE_UNPARSEABLE,
    WORKDATE_OUTSIDE_QUARTER,
    CENSUS_MISSING,
    CENSUS_NEGATIVE,
    CENSUS_NON_NUMERIC,
    HOURS_MISSING,
    HOURS_NON_NUMERIC,
    HOURS_NEGATIVE,
    HOURS_PRECISION,
    HOURS_INCONSISTENT,
    DUPLICATE_IN_FILE,
    FIELD_COUNT_MISMATCH,
    MALFORMED_QUOTES;

    static final int PROVNUM = 0;
    static final int PROVNAME = 1;
    static final int STATE = 3;
    static final int WORKDATE = 7;
    static final int CENSUS = 8;
    static final int FIRST_HOURS = 9;

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * Breaks a row.
     *
     * @param fields the good row's fields; changed in place
     * @param day the good row's values
     */
    DefectiveRow apply(String[] fields, PbjDay day, Rng rng) {
        return switch (this) {
            case CCN_MALFORMED -> {
                String ccn = fields[PROVNUM];
                // A CCN that lost two characters, or gained a dash: neither 6 characters nor a 5-digit CCN to repair.
                fields[PROVNUM] = rng.chance(0.5) ? ccn.substring(2) : ccn.substring(0, 2) + "-" + ccn.substring(2);
                yield row(fields, "ccn_malformed");
            }
            case CCN_MISSING -> set(fields, PROVNUM, "", "ccn_missing");
            case STATE_MALFORMED -> set(fields, STATE, rng.pick(List.of("", "A1", "ALA", "N.Y.")),
                    "state_malformed");
            case WORKDATE_MISSING -> set(fields, WORKDATE, "", "workdate_missing");
            case WORKDATE_UNPARSEABLE -> set(fields, WORKDATE, switch (rng.nextInt(3)) {
                case 0 -> day.date.toString();
                case 1 -> day.date.getMonthValue() + "/" + day.date.getDayOfMonth() + "/" + day.date.getYear();
                default -> day.date.format(COMPACT).substring(0, 6) + "32";
            }, "workdate_unparseable");
            case WORKDATE_OUTSIDE_QUARTER -> {
                LocalDate outside = rng.chance(0.5) ? day.date.plusDays(92) : day.date.minusDays(92);
                yield set(fields, WORKDATE, outside.format(COMPACT), "workdate_outside_quarter");
            }
            case CENSUS_MISSING -> set(fields, CENSUS, "", "census_missing");
            case CENSUS_NEGATIVE -> set(fields, CENSUS, "-" + rng.between(1, 60), "census_negative");
            case CENSUS_NON_NUMERIC -> set(fields, CENSUS, rng.chance(0.5) ? day.census + ".5" : "NA",
                    "census_non_numeric");
            case HOURS_MISSING -> {
                // Only totals and employee hours are required; empty contract hours are derived.
                int column = rng.nextInt(PbjDay.ROLES) * 3 + rng.nextInt(2);
                yield set(fields, FIRST_HOURS + column, "", "hours_missing:" + PbjDay.HOURS_COLUMNS[column]);
            }
            case HOURS_NON_NUMERIC -> hours(fields, rng, c -> rng.pick(List.of("N/A", "8.o", "1O.5", "#")),
                    "hours_non_numeric:");
            case HOURS_NEGATIVE -> hours(fields, rng, c -> "-" + (c.equals("0") ? "7.5" : c), "hours_negative:");
            case HOURS_PRECISION -> hours(fields, rng, c -> (c.contains(".") ? c : c + ".") + "000013",
                    "hours_precision:");
            case HOURS_INCONSISTENT -> {
                int role = rng.nextInt(PbjDay.ROLES);
                long wrongTotal = day.total(role) + rng.between(10, 400);
                yield set(fields, FIRST_HOURS + role * 3, format(wrongTotal),
                        "hours_inconsistent:" + PbjDay.totalColumn(role));
            }
            case DUPLICATE_IN_FILE -> {
                // An earlier submission of the same facility-day; the file's last row for the day is the one kept.
                int column = FIRST_HOURS + PbjDay.CNA * 3;
                long cna = Math.max(0, day.total(PbjDay.CNA) - rng.between(100, 800));
                fields[column] = format(cna);
                fields[column + 1] = format(cna - day.contract(PbjDay.CNA) < 0 ? 0 : cna - day.contract(PbjDay.CNA));
                fields[column + 2] = format(Math.min(cna, day.contract(PbjDay.CNA)));
                yield row(fields, "duplicate_in_file");
            }
            case FIELD_COUNT_MISMATCH -> new DefectiveRow(rng.chance(0.5)
                    ? CsvOut.line(Arrays.copyOf(fields, fields.length - 1))
                    : CsvOut.line(fields) + ",0", "field_count_mismatch");
            case MALFORMED_QUOTES -> {
                // A closing quote followed by more text: "NAME" (OLD),...
                String name = "\"" + fields[PROVNAME].replace("\"", "\"\"") + "\" (OLD)";
                fields[PROVNAME] = "";
                String line = CsvOut.line(fields);
                int firstComma = line.indexOf(',');
                yield new DefectiveRow(line.substring(0, firstComma + 1) + name + line.substring(firstComma + 1),
                        "malformed_quotes");
            }
        };
    }

    private static DefectiveRow hours(String[] fields, Rng rng, UnaryOperator<String> change,
            String reasonPrefix) {
        int column = rng.nextInt(PbjDay.ROLES * 3);
        fields[FIRST_HOURS + column] = change.apply(fields[FIRST_HOURS + column]);
        return row(fields, reasonPrefix + PbjDay.HOURS_COLUMNS[column]);
    }

    private static DefectiveRow set(String[] fields, int index, String value, String reason) {
        fields[index] = value;
        return row(fields, reason);
    }

    private static DefectiveRow row(String[] fields, String reason) {
        return new DefectiveRow(CsvOut.line(fields), reason);
    }

    static String format(long hundredths) {
        long whole = hundredths / 100;
        int fraction = (int) (hundredths % 100);
        if (fraction == 0) {
            return Long.toString(whole);
        }
        return whole + "." + (fraction % 10 == 0 ? Integer.toString(fraction / 10) : String.format("%02d", fraction));
    }
}
