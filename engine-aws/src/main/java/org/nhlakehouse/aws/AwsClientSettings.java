package org.nhlakehouse.aws;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Where and as whom the AWS clients of this module talk: the region, an optional endpoint override (a local
 * S3-compatible server, a VPC endpoint) and the credentials.
 *
 * @param region the AWS region, e.g. {@code us-east-1}
 * @param endpointOverride the endpoint to use instead of the region's public one; empty in production
 * @param credentials who the client signs as; empty for the SDK's default chain (the Lambda role's environment
 *        variables on AWS)
 */
public record AwsClientSettings(Region region, Optional<URI> endpointOverride,
        Optional<AwsCredentialsProvider> credentials) {

    public AwsClientSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpointOverride, "endpointOverride");
        Objects.requireNonNull(credentials, "credentials");
    }

    /** The public endpoints of a region, with the default credentials chain. */
    public static AwsClientSettings of(String region) {
        return new AwsClientSettings(Region.of(region), Optional.empty(), Optional.empty());
    }

    public AwsClientSettings withEndpointOverride(URI endpoint) {
        return new AwsClientSettings(region, Optional.of(endpoint), credentials);
    }

    public AwsClientSettings withCredentials(AwsCredentialsProvider provider) {
        return new AwsClientSettings(region, endpointOverride, Optional.of(provider));
    }

    /**
     * Applies these settings to an SDK client builder, with the URL-connection HTTP client: it adds no dependencies
     * and starts fastest on Lambda (one client per process, so its lack of async support does not matter).
     */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder) {
        builder.region(region)
                .credentialsProvider(credentials.orElseGet(() -> DefaultCredentialsProvider.builder().build()))
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        endpointOverride.ifPresent(builder::endpointOverride);
        return builder;
    }
}
