package org.nhlakehouse.gdrive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

import com.google.api.services.drive.DriveScopes;
import com.google.auth.http.HttpTransportFactory;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;

/**
 * A Google service account's JSON key: a secret. Kept as given (e.g. from AWS Secrets Manager or an environment
 * variable) and turned into credentials only when a client is built; {@link #toString()} never shows it, and errors
 * about it name the problem without quoting the key.
 */
public final class ServiceAccountKey {

    private final byte[] json;

    private ServiceAccountKey(byte[] json) {
        this.json = json;
    }

    /** The key from its JSON text (the file Google's console downloads). */
    public static ServiceAccountKey fromJson(String json) {
        Objects.requireNonNull(json, "json");
        if (json.isBlank()) {
            throw new IllegalArgumentException("The service-account key is empty");
        }
        return new ServiceAccountKey(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The key from an environment variable that holds its JSON text; empty when the variable is not set. */
    public static Optional<ServiceAccountKey> fromEnvironment(String variable) {
        return Optional.ofNullable(System.getenv(variable)).filter(v -> !v.isBlank()).map(ServiceAccountKey::fromJson);
    }

    /**
     * Credentials for read-only Drive access ({@code https://www.googleapis.com/auth/drive.readonly}), fetching
     * tokens from the key's {@code token_uri} through the given transport.
     *
     * @throws IllegalArgumentException when the JSON is not a service-account key (the message never quotes it)
     */
    GoogleCredentials driveReadOnlyCredentials(HttpTransportFactory transport) {
        try {
            return ServiceAccountCredentials.fromStream(new ByteArrayInputStream(json), transport)
                    .createScoped(DriveScopes.DRIVE_READONLY);
        } catch (IOException | RuntimeException e) {
            // The parser's own message may quote part of the JSON: keep it (and the cause) out of the exception.
            throw new IllegalArgumentException("The service-account key could not be read (" + e.getClass()
                    .getSimpleName() + "): expected the JSON key file of a Google service account");
        }
    }

    @Override
    public String toString() {
        return "ServiceAccountKey[redacted]";
    }
}
