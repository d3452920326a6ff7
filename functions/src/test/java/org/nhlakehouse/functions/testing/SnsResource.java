package org.nhlakehouse.functions.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import org.nhlakehouse.aws.testing.AwsQueryServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A local server speaking SNS's Query protocol, configured as the failure notification topic's endpoint. */
public class SnsResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOPIC_ARN = "arn:aws:sns:us-east-1:123456789012:nhl-test-pipeline-alerts";

    /** Marks the test's {@link AwsQueryServer} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {
    }

    private AwsQueryServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = AwsQueryServer.sns();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("lakehouse.endpoints.sns", server.endpoint().toString(),
                "lakehouse.notifications.topic-arn", TOPIC_ARN);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Server.class, AwsQueryServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
