package org.nhlakehouse.aws.athena;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nhlakehouse.core.engine.SqlExecutionException;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.model.AthenaError;
import software.amazon.awssdk.services.athena.model.TooManyRequestsException;

/** Turns Athena's failures (API errors and failed queries) into error names and a retry decision. */
final class AthenaErrors {

    static final String TOO_MANY_REQUESTS = "TooManyRequestsException";

    /**
     * Error names that mean contention or throttling, not a wrong statement: Iceberg's optimistic commit lost a race
     * with another writer (https://docs.aws.amazon.com/athena/latest/ug/troubleshooting-iceberg.html), or a service
     * rate limit was hit.
     */
    private static final Set<String> TRANSIENT_NAMES = Set.of("ICEBERG_COMMIT_ERROR", TOO_MANY_REQUESTS,
            "ThrottlingException", "SlowDown");

    /** Messages of throttled S3 or Glue calls made on the query's behalf. */
    private static final Pattern THROTTLED_MESSAGE = Pattern
            .compile("(?i)rate exceeded|please reduce your request rate|slow ?down|throttl");

    /**
     * Athena reports running out of memory this way; the same statement at the same scale fails again, so it is not
     * worth a retry (https://docs.aws.amazon.com/athena/latest/ug/performance-tuning.html).
     */
    private static final String EXHAUSTED_RESOURCES = "exhausted resources";

    /** "SYNTAX_ERROR: line 1:8: ..." or "[ErrorCode: INTERNAL_ERROR_QUERY_ENGINE] ...". */
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_]{2,}):\\s");
    private static final Pattern BRACKETED_NAME = Pattern.compile("^\\s*\\[ErrorCode: ([A-Za-z0-9_]+)]");

    private AthenaErrors() {
    }

    /** The error name and retry decision of a FAILED query. */
    record Failure(String errorType, String message, boolean retryable) {
    }

    static Failure ofFailedQuery(Optional<AthenaError> error, String stateChangeReason) {
        String message = error.map(AthenaError::errorMessage).filter(m -> !m.isBlank())
                .orElse(stateChangeReason == null || stateChangeReason.isBlank() ? "no reason given" : stateChangeReason);
        Optional<String> name = leadingName(message).or(() -> leadingName(stateChangeReason));
        String errorType = name.orElseGet(() -> numericType(error));
        boolean retryable;
        if (message.toLowerCase(Locale.ROOT).contains(EXHAUSTED_RESOURCES)) {
            retryable = false;
        } else {
            retryable = error.map(AthenaError::retryable).orElse(false)
                    || TRANSIENT_NAMES.contains(errorType)
                    || THROTTLED_MESSAGE.matcher(message).find();
        }
        return new Failure(errorType, message, retryable);
    }

    /** An exception thrown by an Athena API call. */
    static SqlExecutionException ofApiCall(String label, SdkException e) {
        if (e instanceof AwsServiceException service) {
            boolean throttled = service instanceof TooManyRequestsException || service.isThrottlingException();
            String code = service.awsErrorDetails() != null && service.awsErrorDetails().errorCode() != null
                    ? service.awsErrorDetails().errorCode()
                    : service.getClass().getSimpleName();
            String message = service.awsErrorDetails() != null && service.awsErrorDetails().errorMessage() != null
                    ? service.awsErrorDetails().errorMessage()
                    : String.valueOf(service.getMessage());
            // 5xx (Athena's InternalServerException) is the service's fault: a later attempt may succeed.
            boolean retryable = throttled || service.statusCode() >= 500;
            return new SqlExecutionException(label, throttled ? TOO_MANY_REQUESTS : code, message, retryable, e);
        }
        if (e instanceof SdkClientException client) {
            // No answer from Athena (connection refused, timeout) after the SDK's own retries.
            return new SqlExecutionException(label, "SdkClientException", String.valueOf(client.getMessage()),
                    hasIoCause(client), e);
        }
        return new SqlExecutionException(label, e.getClass().getSimpleName(), String.valueOf(e.getMessage()), false,
                e);
    }

    static Optional<String> leadingName(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher bracketed = BRACKETED_NAME.matcher(message);
        if (bracketed.find()) {
            return Optional.of(bracketed.group(1));
        }
        Matcher leading = LEADING_NAME.matcher(message);
        return leading.find() ? Optional.of(leading.group(1)) : Optional.empty();
    }

    private static String numericType(Optional<AthenaError> error) {
        if (error.isPresent() && error.get().errorType() != null) {
            return Integer.toString(error.get().errorType());
        }
        if (error.isPresent() && error.get().errorCategory() != null) {
            return "ERROR_CATEGORY_" + error.get().errorCategory();
        }
        return "FAILED";
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
