package org.nhlakehouse.functions.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs the function as one handler, as {@code QUARKUS_LAMBDA_HANDLER} does on AWS. Each handler's profile starts its
 * own application (and so its own local lakehouse).
 */
public abstract class HandlerProfile implements QuarkusTestProfile {

    private final String handler;

    protected HandlerProfile(String handler) {
        this.handler = handler;
    }

    /** Further configuration of this profile. */
    protected Map<String, String> config() {
        return Map.of();
    }

    @Override
    public final Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(config());
        config.put("quarkus.lambda.handler", handler);
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of();
    }
}
