package org.nhlakehouse.core.tasks;

import java.util.ArrayList;
import java.util.List;

import org.nhlakehouse.core.testing.AbstractNotifierContractTest;

/** The Notifier contract of the log-only notifier (deployments without a topic), reading back its log entries. */
class LogNotifierContractTest extends AbstractNotifierContractTest {

    private final List<String> entries = new ArrayList<>();

    @Override
    protected Notifier notifier() {
        return new LogNotifier(entries::add);
    }

    @Override
    protected List<Delivered> delivered(int expected) {
        return entries.stream().map(entry -> {
            int separator = entry.indexOf(LogNotifier.SEPARATOR);
            return new Delivered(entry.substring(0, separator),
                    entry.substring(separator + LogNotifier.SEPARATOR.length()));
        }).toList();
    }
}
