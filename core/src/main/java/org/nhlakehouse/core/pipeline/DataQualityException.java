package org.nhlakehouse.core.pipeline;

import java.util.List;
import java.util.Map;

/** A data-quality check found problems, so the run stopped before Gold. */
public class DataQualityException extends RuntimeException {

    private final String checkId;
    private final List<Map<String, Object>> problems;

    public DataQualityException(String checkId, String title, List<Map<String, Object>> problems) {
        super(title + " failed for " + problems.size() + " file(s): " + problems);
        this.checkId = checkId;
        this.problems = List.copyOf(problems);
    }

    public String checkId() {
        return checkId;
    }

    public List<Map<String, Object>> problems() {
        return problems;
    }
}
