package org.nhlakehouse.core.pipeline;

import java.util.Optional;

/**
 * Where a warehouse keeps the fingerprint of the DDL last applied to it ({@link Warehouse#ddlFingerprint}), so that a
 * process starting on it can skip re-running an unchanged DDL ({@link Warehouse#setUpUnlessApplied}). Kept in the
 * warehouse itself: a warehouse recreated from nothing has no fingerprint and gets the whole DDL.
 */
public interface AppliedDdl {

    /** The fingerprint recorded by the last complete set-up, if any. */
    Optional<String> fingerprint();

    /** Records the fingerprint of a set-up that has just completed. */
    void record(String fingerprint);
}
