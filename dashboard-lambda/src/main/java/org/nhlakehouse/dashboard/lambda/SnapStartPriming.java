package org.nhlakehouse.dashboard.lambda;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * SnapStart priming of the dashboard function. Before Lambda snapshots the initialized function (a CRaC checkpoint),
 * this creates every application-wide bean of the dashboard that a first request would otherwise create after each
 * restore: the Gold source with its Athena SDK client, the export target with its S3 client and presigner, the read
 * models and the SQL they render, the metric catalog, the caches. Creating them calls no AWS service: the snapshot
 * holds no query answer and no credential (the data version is asked of Athena by the first request, as always).
 */
@Singleton
public class SnapStartPriming implements Resource {

    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);

    /** The dashboard's own beans, by package: the framework's are created at start-up already. */
    static final String PRIMED_PACKAGE = "org.nhlakehouse.dashboard.";

    private static final Set<Class<? extends Annotation>> APPLICATION_WIDE = Set.of(Singleton.class,
            ApplicationScoped.class);

    private final BeanManager beans;

    public SnapStartPriming(BeanManager beans) {
        this.beans = beans;
    }

    /** Registers with the JVM's checkpoint coordination (a no-op on a JVM without CRaC, as in tests and locally). */
    void register(@Observes StartupEvent started) {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        List<String> created = prime();
        LOG.infof("Primed for the snapshot in %d ms: %d beans %s", (System.nanoTime() - started) / 1_000_000,
                created.size(), created);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: no connection, credential or clock reading was taken before the snapshot.
    }

    /** Creates the dashboard's application-wide beans; returns their types. Callable on its own (the tests do). */
    public List<String> prime() {
        return beans.getBeans(Object.class).stream()
                .filter(bean -> APPLICATION_WIDE.contains(bean.getScope()))
                .filter(bean -> bean.getBeanClass().getName().startsWith(PRIMED_PACKAGE))
                .filter(bean -> bean.getBeanClass() != SnapStartPriming.class)
                .map(this::create)
                .sorted()
                .toList();
    }

    private String create(Bean<?> bean) {
        create(bean, beans);
        return typeName(bean);
    }

    /**
     * The bean's own class, or for a producer (whose bean class is the class declaring it) the first by name of the
     * project's types it was produced as. Bean types are a set: taking whichever comes first named a producer of
     * {@code GoldSource} "AutoCloseable" in some runs.
     */
    static String typeName(Bean<?> bean) {
        List<Class<?>> types = bean.getTypes().stream().filter(Class.class::isInstance).<Class<?>> map(Class.class::cast)
                .toList();
        if (types.contains(bean.getBeanClass())) {
            return bean.getBeanClass().getSimpleName();
        }
        return types.stream().filter(type -> type.getName().startsWith(PRIMED_PACKAGE)).map(Class::getSimpleName)
                .sorted().findFirst().orElse(bean.getBeanClass().getSimpleName());
    }

    private static <T> void create(Bean<T> bean, BeanManager beans) {
        beans.getContext(bean.getScope()).get(bean, beans.createCreationalContext(bean));
    }
}
