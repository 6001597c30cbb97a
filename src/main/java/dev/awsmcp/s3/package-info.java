/**
 * The AWS CLI's high-level {@code aws s3} commands ({@code ls}, {@code cp}, {@code mv}, {@code rm}, {@code sync},
 * {@code mb}, {@code rb}, {@code presign}, {@code website}), run in-process as sequences of S3 API calls, ported
 * from {@code awscli/customizations/s3}.
 *
 * <p>{@link dev.awsmcp.s3.S3CommandRunner} runs a command; {@link dev.awsmcp.s3.S3Planner} says, without sending
 * anything, which API operations a command will call (for the policy stage). API calls go through
 * {@link dev.awsmcp.s3.S3Calls}, which the facade implements over the normal pipeline (gate, endpoints, signing,
 * retries, audit); local paths go through the facade's {@link dev.awsmcp.command.FileReader} checks.
 *
 * <p>May import {@code dev.awsmcp.command}, {@code dev.awsmcp.model}, {@code dev.awsmcp.error} and {@code dev.awsmcp.text}; never the
 * pipeline stages (client, policy, output, audit) or the facade. Pipeline stages never import this package.
 */
package dev.awsmcp.s3;
