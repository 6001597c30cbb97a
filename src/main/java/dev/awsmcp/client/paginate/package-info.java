/**
 * Pagination with the AWS CLI's semantics ({@code paginators-1.json}; botocore {@code paginate.py}): the
 * CLI's token format, {@code --max-items}/{@code --page-size}/{@code --starting-token}, result-key merging, and
 * safety caps on pages and items.
 *
 * <p>May import {@code client} (responses, errors, {@code PathSearch}), {@code model} and {@code error}.
 */
package dev.awsmcp.client.paginate;
