package dev.awsmcp.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The AWS CLI v1 exit codes, as `aws` 1.45 gives them for the same failures. */
class ExitCodesTest {
    @Test
    void argparseRefusalsAreTwoAndEverythingElseIs255() {
        assertThat(ExitCodes.cliV1(252, "UnknownService")).isEqualTo(2);          // aws nosuchsvc x
        assertThat(ExitCodes.cliV1(252, "UnknownOperation")).isEqualTo(2);        // aws s3api nosuchop
        assertThat(ExitCodes.cliV1(252, "MissingRequiredArgument")).isEqualTo(2); // aws s3api get-object --bucket b
        assertThat(ExitCodes.cliV1(252, "MissingClusterName")).isEqualTo(2);      // aws eks get-token
        assertThat(ExitCodes.cliV1(252, "InvalidOptionValue")).isEqualTo(2);      // --output bogus
        assertThat(ExitCodes.cliV1(252, "InvalidPagingValue")).isEqualTo(2);      // --max-items x (argparse type=int)
        assertThat(ExitCodes.cliV1(252, "InvalidTimeoutValue")).isEqualTo(255);   // --cli-read-timeout x (int() later)
        assertThat(ExitCodes.cliV1(252, "UnknownParameter")).isEqualTo(255);      // Unknown options: --bogus
        assertThat(ExitCodes.cliV1(252, "InvalidParameterValue")).isEqualTo(255); // --max-keys abc
        assertThat(ExitCodes.cliV1(252, "InvalidJson")).isEqualTo(255);
        assertThat(ExitCodes.cliV1(252, "MissingRoleArn")).isEqualTo(255);        // our own option, not argparse's
        assertThat(ExitCodes.cliV1(253, "NoCredentials")).isEqualTo(255);
        assertThat(ExitCodes.cliV1(254, "NoSuchBucket")).isEqualTo(255);          // v2 would say 254
        assertThat(ExitCodes.cliV1(255, "InternalError")).isEqualTo(255);
        assertThat(ExitCodes.cliV1(1, null)).isEqualTo(1);                        // s3 transfers failed
        assertThat(ExitCodes.cliV1(130, "Cancelled")).isEqualTo(130);
        assertThat(ExitCodes.cliV1(0, null)).isZero();
    }
}
