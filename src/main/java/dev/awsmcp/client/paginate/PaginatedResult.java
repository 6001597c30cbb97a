package dev.awsmcp.client.paginate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.CallResponse;
import java.util.List;

/**
 * The pages of one paginated command and their merge.
 *
 * @param merged       botocore's {@code build_full_result()}: result keys merged, non-aggregate keys of the first
 *                     page, {@code NextToken} when stopped early
 * @param pages        each page's output (truncated the way botocore truncates), for {@code --output text}
 * @param nonAggregate the non-aggregate part of the first page
 * @param resultKeys   the paginator's result keys
 * @param nextToken    the token to resume with ({@code --starting-token}), or null when all pages were read
 * @param responses    the calls made, one per page
 * @param capped       pagination stopped at a safety cap rather than at the end or {@code --max-items}
 */
public record PaginatedResult(ObjectNode merged, List<ObjectNode> pages, ObjectNode nonAggregate,
                              List<String> resultKeys, String nextToken, List<CallResponse> responses,
                              boolean capped) {
    public PaginatedResult {
        pages = List.copyOf(pages);
        resultKeys = List.copyOf(resultKeys);
        responses = List.copyOf(responses);
    }
}
