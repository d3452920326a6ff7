package org.nhlakehouse.dashboard.trino;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nhlakehouse.dashboard.gold.TrinoGoldProducer;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The dashboard in Athena mode, its Gold on the Trino test server ({@link TrinoGoldProducer}). */
public class OnTrino implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TrinoGoldProducer.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TrinoGoldResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lakehouse.engine", "athena");
    }
}
