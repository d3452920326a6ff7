package org.nhlakehouse.core.landing;

import java.util.Locale;

/** Header spellings vary across CMS releases ("Hrs_RNDON", "hrs_rndon", "CMS Certification Number (CCN)"). */
public final class HeaderNames {
    private HeaderNames() {
    }

    /** Lower case, every run of characters other than letters and digits becomes one '_', no '_' at either end. */
    public static String normalize(String header) {
        String lower = header.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean pendingUnderscore = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingUnderscore && !out.isEmpty()) {
                    out.append('_');
                }
                pendingUnderscore = false;
                out.append(c);
            } else {
                pendingUnderscore = true;
            }
        }
        return out.toString();
    }
}
