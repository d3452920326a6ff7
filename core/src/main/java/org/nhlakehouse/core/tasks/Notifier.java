package org.nhlakehouse.core.tasks;

/** Tells people that a run failed: an SNS topic on AWS when one is configured; a log line otherwise. */
public interface Notifier {

    void notify(String subject, String message);

    /** For deployments without a topic: nobody to tell. */
    Notifier NONE = (subject, message) -> {
    };
}
