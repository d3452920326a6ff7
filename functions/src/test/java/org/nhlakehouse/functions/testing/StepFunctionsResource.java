package org.nhlakehouse.functions.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import org.nhlakehouse.aws.testing.AwsJsonServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A local server speaking the Step Functions JSON protocol, for the start handler's tests; the handler's SFN client is
 * pointed at it, and test fields annotated {@link Server} receive it.
 */
public class StepFunctionsResource implements QuarkusTestResourceLifecycleManager {

    public static final String STATE_MACHINE_ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:nhl-test-pipeline";

    /** Marks the test's {@link AwsJsonServer} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {
    }

    private AwsJsonServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = AwsJsonServer.start("AWSStepFunctions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("lakehouse.endpoints.step-functions", server.endpoint().toString(),
                "lakehouse.state-machine-arn", STATE_MACHINE_ARN);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Server.class, AwsJsonServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
