package org.nhlakehouse.dashboard.search;

import java.util.Map;

/**
 * USPS state and territory codes and their names, so that "rhode island" finds what "RI" finds: one for each code of
 * {@link org.nhlakehouse.dashboard.web.Params#STATES} (StateNamesTest).
 */
final class StateNames {

    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("AK", "Alaska"),
            Map.entry("AL", "Alabama"), Map.entry("AR", "Arkansas"), Map.entry("AS", "American Samoa"),
            Map.entry("AZ", "Arizona"),
            Map.entry("CA", "California"), Map.entry("CO", "Colorado"), Map.entry("CT", "Connecticut"),
            Map.entry("DC", "District of Columbia"), Map.entry("DE", "Delaware"), Map.entry("FL", "Florida"),
            Map.entry("GA", "Georgia"), Map.entry("GU", "Guam"), Map.entry("HI", "Hawaii"), Map.entry("IA", "Iowa"),
            Map.entry("ID", "Idaho"), Map.entry("IL", "Illinois"), Map.entry("IN", "Indiana"),
            Map.entry("KS", "Kansas"), Map.entry("KY", "Kentucky"), Map.entry("LA", "Louisiana"),
            Map.entry("MA", "Massachusetts"), Map.entry("MD", "Maryland"), Map.entry("ME", "Maine"),
            Map.entry("MI", "Michigan"), Map.entry("MN", "Minnesota"), Map.entry("MO", "Missouri"),
            Map.entry("MP", "Northern Mariana Islands"),
            Map.entry("MS", "Mississippi"), Map.entry("MT", "Montana"), Map.entry("NC", "North Carolina"),
            Map.entry("ND", "North Dakota"), Map.entry("NE", "Nebraska"), Map.entry("NH", "New Hampshire"),
            Map.entry("NJ", "New Jersey"), Map.entry("NM", "New Mexico"), Map.entry("NV", "Nevada"),
            Map.entry("NY", "New York"), Map.entry("OH", "Ohio"), Map.entry("OK", "Oklahoma"),
            Map.entry("OR", "Oregon"), Map.entry("PA", "Pennsylvania"), Map.entry("PR", "Puerto Rico"),
            Map.entry("RI", "Rhode Island"), Map.entry("SC", "South Carolina"), Map.entry("SD", "South Dakota"),
            Map.entry("TN", "Tennessee"), Map.entry("TX", "Texas"), Map.entry("UT", "Utah"),
            Map.entry("VA", "Virginia"), Map.entry("VI", "U.S. Virgin Islands"), Map.entry("VT", "Vermont"),
            Map.entry("WA", "Washington"), Map.entry("WI", "Wisconsin"), Map.entry("WV", "West Virginia"),
            Map.entry("WY", "Wyoming"));

    private StateNames() {
    }

    /** The codes that have a name. */
    static java.util.Set<String> codes() {
        return NAMES.keySet();
    }

    /** The name of a code, or empty when unknown. */
    static String name(String code) {
        return code == null ? "" : NAMES.getOrDefault(code, "");
    }
}
