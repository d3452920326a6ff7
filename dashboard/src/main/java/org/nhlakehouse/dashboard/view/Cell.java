package org.nhlakehouse.dashboard.view;

/**
 * One table cell as shown.
 *
 * @param text the formatted value
 * @param exact the unrounded value (in the page as {@code data-value}, so that tests and scripts read exact numbers;
 *        not named "raw", which Qute reserves for unescaped output)
 * @param href a link, or empty
 * @param numeric right-aligned
 */
public record Cell(String text, String exact, String href, boolean numeric) {
    public boolean hasLink() {
        return !href.isEmpty();
    }
}
