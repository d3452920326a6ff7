package org.nhlakehouse.cli.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How facilities of one state look: CCN prefix, share of the nation's facilities, staffing level and mix relative to
 * the national pooled values, geography. Loaded from {@code states.csv} and {@code counties.csv} beside this class.
 *
 * @param ccnPrefixes the two-digit state codes its CCNs start with, in the order they are used
 * @param hprdFactor total HPRD relative to the national pooled level; weighted by facility share, the factors average 1
 * @param rnFactor RN share of total hours relative to the national share; also averaging 1
 */
record StateProfile(String code, List<String> ccnPrefixes, double weight, double hprdFactor, double rnFactor,
        double medAideShare, double latitude, double longitude, double latitudeSpan, double longitudeSpan, int zipFrom,
        int zipTo, String areaCode, List<County> counties) {

    /** A county: its name and 3-digit FIPS code as PBJ spells them, and a city in it. */
    record County(String name, String fips, String city) {
    }

    private static final List<StateProfile> ALL = load();

    @Override
    public String toString() {
        return code;
    }

    static List<StateProfile> all() {
        return ALL;
    }

    private static List<StateProfile> load() {
        Map<String, List<County>> counties = new LinkedHashMap<>();
        for (String[] c : rows("counties.csv")) {
            counties.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new County(c[1], c[2], c[3]));
        }
        List<String[]> states = rows("states.csv");
        double weights = 0;
        double hprd = 0;
        double rn = 0;
        for (String[] s : states) {
            double weight = Double.parseDouble(s[2]);
            weights += weight;
            hprd += weight * Double.parseDouble(s[3]);
            rn += weight * Double.parseDouble(s[4]);
        }
        List<StateProfile> profiles = new ArrayList<>();
        for (String[] s : states) {
            List<County> stateCounties = counties.get(s[0]);
            if (stateCounties == null) {
                throw new IllegalStateException("counties.csv has no county for " + s[0]);
            }
            profiles.add(new StateProfile(s[0], List.of(s[1].split("\\|")), Double.parseDouble(s[2]),
                    Double.parseDouble(s[3]) * weights / hprd, Double.parseDouble(s[4]) * weights / rn,
                    Double.parseDouble(s[5]), Double.parseDouble(s[6]), Double.parseDouble(s[7]),
                    Double.parseDouble(s[8]), Double.parseDouble(s[9]), Integer.parseInt(s[10]),
                    Integer.parseInt(s[11]), s[12], List.copyOf(stateCounties)));
        }
        return List.copyOf(profiles);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = StateProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
