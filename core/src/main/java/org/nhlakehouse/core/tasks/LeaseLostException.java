package org.nhlakehouse.core.tasks;

/**
 * The run's pipeline lease was taken over by another run (it was not renewed within its time to live): this run must
 * write nothing more, so it fails; the run holding the lease processes the same files (every step is idempotent).
 */
public class LeaseLostException extends RuntimeException {
    public LeaseLostException(String message) {
        super(message);
    }
}
