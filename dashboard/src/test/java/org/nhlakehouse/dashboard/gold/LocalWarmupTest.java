package org.nhlakehouse.dashboard.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.inject.Instance;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.config.DashboardConfig;
import org.nhlakehouse.dashboard.query.Loaded;
import org.nhlakehouse.dashboard.search.FacilitySearch;

/**
 * The warm-up leaves the start's main thread at once: the beans that open DuckDB are created on the warm-up thread, so
 * the HTTP server starts while DuckDB loads its library and opens the warehouse.
 */
class LocalWarmupTest {

    private final List<String> threadsThatCreatedBeans = new CopyOnWriteArrayList<>();

    @Test
    void theBeansThatOpenDuckDb_areCreatedOnTheWarmUpThread_notOnTheStartsThread() {
        new LocalWarmup().onStart(null, config(DashboardConfig.Engine.LOCAL), recording(Loaded.class),
                recording(FacilitySearch.class));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !threadsThatCreatedBeans.isEmpty());
        assertThat(threadsThatCreatedBeans).containsOnly("gold-warmup");
    }

    @Test
    void onAthena_nothingIsWarmed() throws InterruptedException {
        new LocalWarmup().onStart(null, config(DashboardConfig.Engine.ATHENA), recording(Loaded.class),
                recording(FacilitySearch.class));

        Thread.sleep(200);
        assertThat(threadsThatCreatedBeans).isEmpty();
    }

    /** An Instance whose get() records the thread asking and fails as a bean that cannot open Gold would. */
    @SuppressWarnings("unchecked")
    private <T> Instance<T> recording(Class<T> type) {
        return (Instance<T>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Instance.class },
                (proxy, method, args) -> {
                    if (!method.getName().equals("get")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    threadsThatCreatedBeans.add(Thread.currentThread().getName());
                    throw new NoPublishedGoldException(type.getSimpleName() + " not created in this test");
                });
    }

    private static DashboardConfig config(DashboardConfig.Engine engine) {
        return (DashboardConfig) Proxy.newProxyInstance(LocalWarmupTest.class.getClassLoader(),
                new Class<?>[] { DashboardConfig.class }, (proxy, method, args) -> {
                    if (!method.getName().equals("engine")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return engine;
                });
    }
}
