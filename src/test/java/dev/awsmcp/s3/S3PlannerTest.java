package dev.awsmcp.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awsmcp.command.CommandException;
import dev.awsmcp.command.GlobalOptions;
import dev.awsmcp.command.HighLevelCommand;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The operations and local paths each {@code aws s3} command is planned to touch. */
class S3PlannerTest {
    private static S3CommandPlan plan(String sub, String args) {
        return S3Planner.plan(new HighLevelCommand("s3", sub, Arrays.asList(args.split(" ")), "", GlobalOptions.none(),
                "aws s3 " + sub + " " + args));
    }

    @Test
    void listingBucketsOrObjectsIsARead() {
        S3CommandPlan buckets = S3Planner.plan(new HighLevelCommand("s3", "ls", java.util.List.of(), "",
                GlobalOptions.none(), "aws s3 ls"));
        S3CommandPlan objects = plan("ls", "s3://b/p/ --recursive");

        assertThat(buckets.sentOperations()).containsExactly("ListBuckets");
        assertThat(objects.operations()).containsExactly(new PlannedOperation("ListObjectsV2", "b", false, true));
        assertThat(objects.readOnly()).isTrue();
    }

    @Test
    void anUploadReadsLocallyAndWritesToS3() {
        S3CommandPlan p = plan("cp", "./site s3://b/web --recursive");

        assertThat(p.sentOperations()).containsExactly("PutObject", "CreateMultipartUpload", "UploadPart",
                "CompleteMultipartUpload", "AbortMultipartUpload");
        assertThat(p.localAccess()).containsExactly(new LocalAccess("./site", LocalAccess.Mode.READ));
        assertThat(p.readOnly()).isFalse();
    }

    @Test
    void aSingleDownloadHeadsThenGetsAndWritesLocally() {
        S3CommandPlan p = plan("cp", "s3://b/k.txt out.txt");

        assertThat(p.sentOperations()).containsExactly("HeadObject", "GetObject");
        assertThat(p.localAccess()).containsExactly(new LocalAccess("out.txt", LocalAccess.Mode.WRITE));
        assertThat(p.readOnly()).isFalse();
    }

    @Test
    void aMoveBetweenBucketsCopiesAndDeletesTheSource() {
        S3CommandPlan p = plan("mv", "s3://src/p/ s3://dst/q/ --recursive");

        assertThat(p.operations()).contains(new PlannedOperation("ListObjectsV2", "src", false, true),
                new PlannedOperation("CopyObject", "dst", true, true), new PlannedOperation("DeleteObject", "src", true, true));
    }

    @Test
    void syncWithDeleteToLocalDeletesLocalFiles() {
        S3CommandPlan p = plan("sync", "s3://b/ ./mirror --delete");

        assertThat(p.sentOperations()).containsExactly("ListObjectsV2", "GetObject");
        assertThat(p.localAccess()).containsExactly(new LocalAccess("./mirror", LocalAccess.Mode.WRITE),
                new LocalAccess("./mirror", LocalAccess.Mode.DELETE));
    }

    @Test
    void aDryRunSendsOnlyItsReads() {
        S3CommandPlan p = plan("rm", "s3://b/logs/ --recursive --dryrun");

        assertThat(p.dryRun()).isTrue();
        assertThat(p.sentOperations()).containsExactly("ListObjectsV2");
        assertThat(p.operations()).contains(new PlannedOperation("DeleteObject", "b", true, false));
        assertThat(p.readOnly()).isTrue();
    }

    @Test
    void forcedBucketRemovalListsDeletesObjectsThenTheBucket() {
        assertThat(plan("rb", "s3://b --force").sentOperations()).containsExactly("ListObjectsV2", "DeleteObject",
                "DeleteBucket");
        assertThat(plan("mb", "s3://b").sentOperations()).containsExactly("CreateBucket");
        assertThat(plan("website", "s3://b/ --index-document i.html").operations())
                .containsExactly(new PlannedOperation("PutBucketWebsite", "b", true, true));
    }

    @Test
    void presignSignsAGetButSendsNothing() {
        S3CommandPlan p = plan("presign", "s3://b/k --expires-in 60");

        assertThat(p.operations()).containsExactly(new PlannedOperation("GetObject", "b", false, false));
        assertThat(p.sentOperations()).isEmpty();
        assertThat(p.readOnly()).isTrue();
    }

    @Test
    void rejectsTheSameArgumentsRunningWouldReject() {
        assertThatThrownBy(() -> plan("cp", "a b")).isInstanceOf(CommandException.class)
                .hasMessageContaining("Invalid argument type");
    }
}
