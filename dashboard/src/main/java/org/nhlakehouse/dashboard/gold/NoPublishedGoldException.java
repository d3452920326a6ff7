package org.nhlakehouse.dashboard.gold;

/** There is no Gold to show yet: no pipeline run has published any. */
public final class NoPublishedGoldException extends RuntimeException {
    public NoPublishedGoldException(String message) {
        super(message);
    }
}
