package dev.awsmcp.error;

import java.util.Set;

/**
 * The exit codes results carry, following AWS CLI v1 (whose botocore models are bundled, and which the oracle
 * tests run): 0 success; 1 some {@code aws s3} transfers failed; 2 the command line did not parse (what the CLI's
 * argparse refuses: an unknown service or operation, a missing required parameter or option value, a bad global
 * option value, a paging argument that is not a number); 130 interrupted or cancelled; 255 everything else,
 * service errors included (v2 would say 254).
 *
 * <p>Inside, errors keep a finer class ({@link AwsMcpException#exitCode()}: 252 parse, 253 configuration, 254
 * service, 255 other) that stages use to decide what to do; {@link #cliV1} turns a class into what the user sees.
 */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The command line was refused before anything ran (argparse's exit code). */
    public static final int USAGE = 2;
    /** Any other failure, service errors included. */
    public static final int FAILED = 255;

    /**
     * Error codes that AWS CLI v1 reports through argparse (exit 2), besides every {@code Missing*} code (a required
     * argument or an option's value is missing: "the following arguments are required"). Other parse errors (an unknown option, a value
     * that is not valid JSON, shorthand or a number for the model) exit 255, as the CLI's own parameter errors do.
     */
    private static final Set<String> ARGPARSE = Set.of("UnknownService", "UnknownOperation", "MissingOperation",
            "MissingRequiredArgument", "MissingParameter", "MissingValue", "MissingArgumentValue", "MissingOptionValue",
            "InvalidOptionValue", "InvalidPagingValue", "AmbiguousOption", "NotAnAwsCommand", "UnknownCommand",
            "MissingCommand");

    private ExitCodes() {}

    /**
     * @param exitClass the internal class (0, 1, 2, 130, 252-255)
     * @param errorCode the error's code, or null
     * @return the AWS CLI v1 exit code
     */
    public static int cliV1(int exitClass, String errorCode) {
        switch (exitClass) {
            case 252:
                return errorCode != null && (ARGPARSE.contains(errorCode) || errorCode.startsWith("Missing")
                        && !errorCode.equals("MissingRoleArn")) ? USAGE : FAILED;
            case 253:
            case 254:
                return FAILED;
            default:
                return exitClass;
        }
    }

    /**
     * @param e an error
     * @return its AWS CLI v1 exit code
     */
    public static int cliV1(AwsMcpException e) {
        return cliV1(e.exitCode(), e.code());
    }
}
