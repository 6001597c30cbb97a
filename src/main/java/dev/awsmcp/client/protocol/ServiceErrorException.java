package dev.awsmcp.client.protocol;

/** Thrown by {@link ProtocolCodec#deserialize} when a 2xx response turns out to carry an error. */
public final class ServiceErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ServiceError error;

    /** @param error the parsed error */
    public ServiceErrorException(ServiceError error) {
        super(error.code() + ": " + error.message());
        this.error = error;
    }

    /** The parsed error. */
    public ServiceError error() {
        return error;
    }
}
