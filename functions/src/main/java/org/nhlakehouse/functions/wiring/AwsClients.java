package org.nhlakehouse.functions.wiring;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.nhlakehouse.aws.AwsClientSettings;
import org.nhlakehouse.functions.config.LakehouseConfig;

/**
 * Client settings for each AWS service: the stack's region, the SDK's default credentials (the function role's, which
 * Lambda puts in the environment), and the endpoint override configured for that service, if any.
 */
@ApplicationScoped
public class AwsClients {

    private final LakehouseConfig config;

    @Inject
    public AwsClients(LakehouseConfig config) {
        this.config = config;
    }

    public AwsClientSettings s3() {
        return settings(config.endpoints().s3());
    }

    public AwsClientSettings athena() {
        return settings(config.endpoints().athena());
    }

    public AwsClientSettings stepFunctions() {
        return settings(config.endpoints().stepFunctions());
    }

    public AwsClientSettings sns() {
        return settings(config.endpoints().sns());
    }

    public AwsClientSettings secretsManager() {
        return settings(config.endpoints().secretsManager());
    }

    private AwsClientSettings settings(Optional<URI> endpoint) {
        AwsClientSettings settings = AwsClientSettings.of(config.region());
        return endpoint.map(settings::withEndpointOverride).orElse(settings);
    }
}
