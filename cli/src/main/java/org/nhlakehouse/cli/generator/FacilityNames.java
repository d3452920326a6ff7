package org.nhlakehouse.cli.generator;

import java.util.List;

/**
 * Names, addresses and chains in the style of CMS's files (upper case; a few names end in ", INC." or ", LLC", so
 * that they need CSV quoting as real ones do). All invented.
 */
final class FacilityNames {

    private static final List<String> PLACES = List.of("GREEN VALLEY", "OAK GROVE", "RIVERSIDE", "SUNRISE",
            "MAPLE RIDGE", "CEDAR HILLS", "WILLOW CREEK", "PINE HAVEN", "LAKEVIEW", "MEADOWBROOK", "HERITAGE",
            "GOLDEN AGE", "ST. JOSEPH'S", "ST. MARY'S", "SHADY OAKS", "PARKVIEW", "HILLCREST", "FAIRVIEW",
            "BROOKSIDE", "HARBOR VIEW", "COUNTRY MEADOWS", "AUTUMN LEAVES", "SILVER LAKE", "MOUNTAIN VIEW",
            "PRAIRIE WINDS", "BAYSIDE", "WESTWOOD", "EASTVIEW", "NORTHGATE", "SOUTHERN PINES", "CYPRESS POINT",
            "HIGHLAND PARK", "ROLLING HILLS", "SPRING CREEK", "VALLEY VIEW", "WOODLAND", "MAGNOLIA", "EVERGREEN",
            "BRIGHTON", "CHESTNUT HILL", "GRANDVIEW", "CRESTWOOD", "STONEBRIDGE", "BIRCHWOOD", "LIBERTY",
            "PLEASANT VALLEY", "CLEARWATER", "SUMMIT", "PROVIDENCE", "BETHANY", "GOOD SAMARITAN", "SHEPHERD'S");

    private static final List<String> KINDS = List.of("HEALTH AND REHABILITATION CENTER",
            "NURSING AND REHABILITATION CENTER", "CARE CENTER", "NURSING HOME", "HEALTHCARE CENTER",
            "REHABILITATION & HEALTHCARE CENTER", "MANOR", "LIVING CENTER", "SKILLED NURSING FACILITY",
            "POST ACUTE", "HEALTH CARE CENTER", "NURSING CENTER", "CONVALESCENT CENTER", "TRANSITIONAL CARE");

    private static final List<String> LEGAL_SUFFIXES = List.of(" LLC", " LLC", " INC", ", INC.", " OPERATIONS LLC",
            " OPCO, LLC", " HOLDINGS LLC", " LP");

    private static final List<String> STREETS = List.of("MAIN STREET", "OAK AVENUE", "WEST WALNUT STREET",
            "HIGHWAY 31 NORTH", "COUNTY ROAD 12", "PARK DRIVE", "MEDICAL CENTER DRIVE", "CHURCH STREET",
            "NORTH BROADWAY", "ELM STREET", "LAKE SHORE DRIVE", "COLLEGE AVENUE", "HOSPITAL ROAD", "MILL ROAD",
            "WASHINGTON BOULEVARD", "JEFFERSON AVENUE", "RIVER ROAD", "MARKET STREET", "SCHOOL STREET",
            "SOUTH 4TH STREET", "VALLEY PIKE", "MEMORIAL PARKWAY", "STATE ROUTE 9", "OLD MILL LANE");

    private static final List<String> CHAIN_WORDS = List.of("CYPRESS", "NORTHSTAR", "BLUE RIVER", "SUMMIT RIDGE",
            "GOLDEN PLAINS", "HARBORSIDE", "KEYSTONE", "LONGLEAF", "PINNACLE", "TRILLIUM", "CARDINAL", "LANTERN",
            "BEACON", "MERIDIAN", "CORNERSTONE", "HORIZON", "AMBER", "CASCADE", "FRONTIER", "HERITAGE OAKS");

    private static final List<String> CHAIN_KINDS = List.of("SENIOR CARE", "HEALTHCARE", "HEALTH SERVICES",
            "CARE GROUP", "LIVING", "HEALTH SYSTEM");

    private FacilityNames() {
    }

    static String facilityName(Rng rng, String city) {
        String place = rng.chance(0.15) ? city : rng.pick(PLACES);
        String name = place + " " + rng.pick(KINDS);
        if (rng.chance(0.06)) {
            name += rng.chance(0.5) ? ", INC." : ", LLC";
        } else if (rng.chance(0.03)) {
            name = "THE " + name;
        }
        return name;
    }

    static String legalName(Rng rng, String name) {
        if (rng.chance(0.25)) {
            return name;
        }
        String base = name.replace(", INC.", "").replace(", LLC", "").replace("THE ", "");
        return base + rng.pick(LEGAL_SUFFIXES);
    }

    static String address(Rng rng) {
        return rng.between(1, 9999) + " " + rng.pick(STREETS);
    }

    /** Affiliated entities: a few hundred chains, shared by facilities across states, as CMS lists them. */
    static String chainName(int chainId) {
        return CHAIN_WORDS.get(chainId % CHAIN_WORDS.size()) + " "
                + CHAIN_KINDS.get((chainId / CHAIN_WORDS.size()) % CHAIN_KINDS.size())
                + (chainId >= CHAIN_WORDS.size() * CHAIN_KINDS.size() ? " " + (chainId / 120 + 1) : "");
    }
}
