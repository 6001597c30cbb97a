package dev.awsmcp.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.auth.CredentialsException;
import dev.awsmcp.client.protocol.ProtocolCodec;
import dev.awsmcp.client.protocol.RawResponse;
import dev.awsmcp.client.protocol.ServiceError;
import dev.awsmcp.client.protocol.ServiceErrorException;
import dev.awsmcp.client.http.HttpOptions;
import dev.awsmcp.client.http.StreamLimit;
import dev.awsmcp.client.retry.AttemptFailure;
import dev.awsmcp.client.retry.RetriesExhausted;
import dev.awsmcp.client.retry.RetryAfter;
import dev.awsmcp.client.retry.RetryClassifier;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.error.AwsMcpException;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Shape;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.http.SdkHttpFullRequest;

/**
 * The attempts of one call: sign, send, and judge the response. Handles what happens inside one attempt (an S3
 * region redirect is followed at once, like botocore's redirector) and tells the retrier whether to try again
 * (throttling, transient errors, clock skew). Not thread-safe: one per call.
 */
final class AttemptRunner {
    private static final Set<String> EXPIRED_TOKEN_CODES = Set.of(
            "ExpiredToken", "ExpiredTokenException", "TokenRefreshRequired");
    private static final Set<String> REDIRECT_CODES = Set.of(
            "PermanentRedirect", "AuthorizationHeaderMalformed", "IllegalLocationConstraintException");
    private static final Duration SKEW_THRESHOLD = Duration.ofMinutes(4);
    private static final String[] REQUEST_ID_HEADERS = {"x-amzn-RequestId", "x-amz-request-id", "x-amzn-request-id"};

    private final CallPipeline pipeline;
    private final BoundCall call;
    private final ProtocolCodec codec;
    private final AwsCredentials identity;
    private final HttpOptions http;
    private final CallContext context;
    private Duration skew = Duration.ZERO;
    private boolean skewCorrected;
    private boolean redirected;
    private PreparedCall current;

    AttemptRunner(CallPipeline pipeline, BoundCall call, ProtocolCodec codec, AwsCredentials identity,
                  HttpOptions http, CallContext context) {
        this.pipeline = pipeline;
        this.call = call;
        this.codec = codec;
        this.identity = identity;
        this.http = http;
        this.context = context;
    }

    CallResponse attempt(PreparedCall initial, int attemptNumber) {
        if (current == null) {
            current = initial;
        }
        int n = 0;
        while (true) {
            n++;
            if (context.cancelled().getAsBoolean()) {
                throw new AttemptFailure(false, false, null, Cancelled.INSTANCE, null);
            }
            Clock clock = Clock.offset(pipeline.config().clock(), skew);
            SdkHttpFullRequest signed = pipeline.signer().sign(current.request(), current.serialized().body(),
                    current.signing(), identity, clock);
            RawResponse raw;
            try {
                raw = context.streamFor() != null
                        ? pipeline.transport().send(signed, http, new StreamLimit(context.streamFor(), context.cancelled()))
                        : pipeline.transport().send(signed, http, context.outfile());
            } catch (IOException e) {
                throw new AttemptFailure(true, false, null, new IoFailure(e, current.displayUrl()), e);
            }
            ServiceError error;
            if (raw.status() / 100 == 2) {
                try {
                    return success(raw, attemptNumber);
                } catch (ServiceErrorException e) {
                    error = e.error();
                }
            } else {
                error = parseError(raw);
            }
            if (n == 1 && redirectTarget(raw, error)) {
                continue;
            }
            throw judge(raw, withRequestId(error, raw));
        }
    }

    private CallResponse success(RawResponse raw, int attemptNumber) {
        ObjectNode output;
        try {
            output = codec.deserialize(call.service(), call.operation(), raw, call.params());
        } catch (ServiceErrorException | AwsMcpException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ClientException("ResponseParseError", "Unable to parse the " + call.operation().name()
                    + " response (HTTP " + raw.status() + "): " + oneLine(e.getMessage()),
                    "The endpoint did not answer like AWS; check --endpoint-url, or retry.", 255, e);
        }
        if (context.outfile() != null) {
            dropStreamingPayload(output);
        }
        String id = codec.requestId(raw);
        return new CallResponse(output, raw.status(), id != null ? id : requestId(raw, null), raw.headers(), attemptNumber);
    }

    /** The CLI deletes the streamed member from the printed response once it is written to the outfile. */
    private void dropStreamingPayload(ObjectNode output) {
        Shape out = call.operation().output();
        if (out != null && out.payload() != null) {
            Member payload = out.member(out.payload());
            if (payload != null && (payload.isStreaming() || payload.shape().streaming())) {
                output.remove(payload.name());
            }
        }
    }

    private ServiceError parseError(RawResponse raw) {
        try {
            return codec.parseError(call.service(), call.operation(), raw);
        } catch (RuntimeException unreadable) {
            // A proxy's HTML page or a truncated body: botocore reports the status code and reason phrase.
            return new ServiceError(raw.status(), Integer.toString(raw.status()), reason(raw.status()),
                    requestId(raw, null), raw.status() >= 500 ? "server" : "client", null);
        }
    }

    /** Follows an S3 "wrong region" answer once: re-resolves the endpoint for the bucket's region and resends. */
    private boolean redirectTarget(RawResponse raw, ServiceError error) {
        if (redirected || !"s3".equals(call.service().name())) {
            return false;
        }
        String code = error.code();
        String op = call.operation().name();
        boolean applies = REDIRECT_CODES.contains(code) && !("IllegalLocationConstraintException".equals(code) && op.equals("CreateBucket"))
                || raw.status() == 301 || raw.status() == 302 || raw.status() == 307
                || ("301".equals(code) || "400".equals(code)) && (op.equals("HeadObject") || op.equals("HeadBucket"));
        String region = raw.header("x-amz-bucket-region");
        if (region == null && error.members() != null && error.members().hasNonNull("Region")) {
            region = error.members().get("Region").asText();
        }
        if (!applies || region == null || region.isBlank() || region.equals(current.signing().signingRegion())) {
            return false;
        }
        redirected = true;
        String bucket = call.params().path("Bucket").asText(null);
        if (bucket != null) {
            pipeline.rememberBucketRegion(bucket, region);
        }
        current = pipeline.prepare(call, current.serialized(), region, current.profile(), context, current.accountId());
        return true;
    }

    private RuntimeException judge(RawResponse raw, ServiceError error) {
        String code = error.code();
        if (EXPIRED_TOKEN_CODES.contains(code)) {
            return new CredentialsException("CredentialsExpired",
                    ServiceCallException.cliMessage(error, call.operation().name(), 0, false),
                    pipeline.credentials().advisor().refreshAdvice(current.profile()));
        }
        if (!skewCorrected && RetryClassifier.isClockSkew(code)) {
            Duration serverSkew = serverSkew(raw);
            if (serverSkew != null) {
                skewCorrected = true;
                skew = serverSkew;
                return new AttemptFailure(true, false, Duration.ZERO, error, null);
            }
        }
        boolean retryable = RetryClassifier.isRetryable(code, raw.status());
        boolean throttling = RetryClassifier.isThrottling(code, raw.status());
        Duration after = RetryAfter.parse(raw.header("Retry-After"), pipeline.config().clock());
        return new AttemptFailure(retryable, throttling, after, error, null);
    }

    private Duration serverSkew(RawResponse raw) {
        String date = raw.header("Date");
        if (date == null) {
            return null;
        }
        try {
            Instant server = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(pipeline.config().clock().instant(), server);
            return d.abs().compareTo(SKEW_THRESHOLD) > 0 ? d : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    RuntimeException giveUp(RetriesExhausted e) {
        Object detail = e.last().detail();
        if (detail instanceof ServiceError) {
            ServiceError error = (ServiceError) detail;
            return new ServiceCallException(error, call.operation().name(), e.retries(),
                    e.maxAttemptsReached(), ErrorHints.forCode(error.code(), call));
        }
        if (detail instanceof IoFailure) {
            return ((IoFailure) detail).toException();
        }
        return new ClientException("Cancelled", "The " + call.operation().name() + " call was cancelled.", null, 130, null);
    }

    private static ServiceError withRequestId(ServiceError e, RawResponse raw) {
        if (e.requestId() != null && e.httpStatus() == raw.status()) {
            return e;
        }
        return new ServiceError(raw.status(), e.code(), e.message(), e.requestId() != null ? e.requestId()
                : requestId(raw, null), e.type(), e.members(), e.hostId());
    }

    static String requestId(RawResponse raw, String fallback) {
        for (String h : REQUEST_ID_HEADERS) {
            String v = raw.header(h);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return fallback;
    }

    private static String reason(int status) {
        switch (status) {
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 409: return "Conflict";
            case 413: return "Request Entity Too Large";
            case 429: return "Too Many Requests";
            case 500: return "Internal Server Error";
            case 502: return "Bad Gateway";
            case 503: return "Service Unavailable";
            case 504: return "Gateway Timeout";
            default: return "HTTP " + status;
        }
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "no details";
        }
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }

    /** Marks a call stopped by the caller. */
    enum Cancelled { INSTANCE }
}
