package dev.awsmcp.model;

import java.util.List;

/**
 * The {@code httpChecksum} trait of an operation (flexible checksums).
 *
 * @param requestChecksumRequired     the request must carry a checksum (MD5 or a flexible one)
 * @param requestAlgorithmMember      the input member that names the algorithm, or null
 * @param requestValidationModeMember the input member that enables response validation, or null
 * @param responseAlgorithms          algorithms the response may carry
 */
public record HttpChecksum(boolean requestChecksumRequired, String requestAlgorithmMember,
                           String requestValidationModeMember, List<String> responseAlgorithms) {
    public HttpChecksum {
        responseAlgorithms = List.copyOf(responseAlgorithms);
    }
}
