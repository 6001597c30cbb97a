package dev.awsmcp.client.retry;

import java.util.Set;

/**
 * Decides which failures are worth another attempt, with the AWS CLI's standard-mode lists
 * ({@code botocore/retries/standard.py}): throttling codes, transient codes, and HTTP 500/502/503/504.
 */
public final class RetryClassifier {
    private static final Set<String> THROTTLING_CODES = Set.of(
            "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
            "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
            "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
            "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException");
    private static final Set<String> TRANSIENT_CODES = Set.of(
            "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete");
    private static final Set<Integer> TRANSIENT_STATUS = Set.of(500, 502, 503, 504);
    private static final Set<String> CLOCK_SKEW_CODES = Set.of(
            "RequestTimeTooSkewed", "RequestExpired", "InvalidSignatureException", "SignatureDoesNotMatch",
            "AuthFailure", "RequestInTheFuture");

    private RetryClassifier() {}

    /**
     * @param code an AWS error code, or null
     * @param status the HTTP status
     * @return true for throttling (HTTP 429 or a throttling code)
     */
    public static boolean isThrottling(String code, int status) {
        return status == 429 || code != null && THROTTLING_CODES.contains(code);
    }

    /**
     * @param code an AWS error code, or null
     * @param status the HTTP status
     * @return true when another attempt may succeed
     */
    public static boolean isRetryable(String code, int status) {
        return isThrottling(code, status) || TRANSIENT_STATUS.contains(status)
                || code != null && TRANSIENT_CODES.contains(code);
    }

    /**
     * @param code an AWS error code, or null
     * @return true when the error can come from a local clock that is off (the signature is then redone with the
     *         server's time)
     */
    public static boolean isClockSkew(String code) {
        return code != null && CLOCK_SKEW_CODES.contains(code);
    }
}
