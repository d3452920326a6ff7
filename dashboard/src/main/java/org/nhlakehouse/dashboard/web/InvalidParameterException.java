package org.nhlakehouse.dashboard.web;

/** A request parameter that failed validation: the page answers 400 and says which one and why. */
public final class InvalidParameterException extends RuntimeException {

    private final String parameter;

    public InvalidParameterException(String parameter, String problem) {
        super(problem);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
