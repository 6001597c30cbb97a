package dev.awsmcp.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.CommandResult;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.mcp.FakeAwsMcp;
import dev.awsmcp.model.ServiceCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CommandBatchTest {
    private final FakeAwsMcp aws = new FakeAwsMcp(true);
    private final CommandBatch batch = new CommandBatch(aws, profile -> List.of("eu-west-1", "us-east-1", "us-west-2"),
            ServiceCatalog.bundled(), 3);

    @Test
    void keepsInputOrderWhileRunningConcurrently() {
        aws.delayMillis = 50;
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            commands.add("aws ec2 describe-vpcs --region r" + i);
        }
        List<BatchResult> results = batch.run(commands, null, ExecutionContext.defaults());
        assertThat(results).extracting(BatchResult::command).containsExactlyElementsOf(commands);
        assertThat(results.get(4).result().json().toString()).contains("vpc-r4");
        assertThat(aws.maxConcurrent.get()).isBetween(2, 3);
    }

    @Test
    void expandsTheRegionWildcardIntoOneCommandPerRegion() {
        List<BatchResult> results = batch.run(List.of("aws ec2 describe-vpcs --region '*'"), null, ExecutionContext.defaults());
        assertThat(results).extracting(BatchResult::region).containsExactly("eu-west-1", "us-east-1", "us-west-2");
        assertThat(aws.executed).contains("aws ec2 describe-vpcs --region us-west-2");
    }

    @Test
    void addsMaxItemsOnlyToPaginatedOperationsWithoutOne() {
        batch.run(List.of("aws ec2 describe-instances", "aws sts get-caller-identity", "aws s3api list-objects-v2 --bucket b --max-items 3"),
                7, ExecutionContext.defaults());
        assertThat(aws.executed).containsExactlyInAnyOrder("aws ec2 describe-instances --max-items 7",
                "aws sts get-caller-identity", "aws s3api list-objects-v2 --bucket b --max-items 3");
    }

    @Test
    void reportsPaginationFromTheModels() {
        assertThat(batch.isPaginated("aws ec2 describe-instances")).isTrue();
        assertThat(batch.isPaginated("aws sts get-caller-identity")).isFalse();
        assertThat(batch.isPaginated("aws s3 ls")).isFalse();
        assertThat(batch.isPaginated("aws nosuch thing")).isFalse();
    }

    @Test
    void skipsCommandsNotYetStartedOnceCancelled() {
        aws.delayMillis = 30;
        AtomicBoolean cancelled = new AtomicBoolean();
        ExecutionContext context = new ExecutionContext(null, null, "call_aws", (done, total, msg) -> {
            if (done >= 2) {
                cancelled.set(true);
            }
        }, cancelled::get, null);
        CommandBatch serial = new CommandBatch(aws, p -> List.of(), ServiceCatalog.bundled(), 1);
        List<BatchResult> results = serial.run(Collections.nCopies(6, "aws sts get-caller-identity"), null, context);
        assertThat(results).hasSize(6);
        assertThat(results.get(0).result().ok()).isTrue();
        assertThat(results.get(5).result().exitCode()).isEqualTo(CommandBatch.CANCELLED_EXIT_CODE);
        assertThat(aws.executed).hasSizeLessThan(6);
    }

    @Test
    void reportsProgressPerFinishedCommand() {
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        ExecutionContext context = new ExecutionContext(null, null, null, (done, total, msg) -> seen.add(done * 100 + total), null, null);
        batch.run(List.of("aws sts get-caller-identity", "aws sts get-caller-identity"), null, context);
        assertThat(seen).contains(2L, 102L, 202L);
    }

    @Test
    void turnsAFacadeExceptionIntoAnErrorResult() {
        CommandBatch broken = new CommandBatch(new FakeAwsMcp(false) {
            @Override
            public CommandResult execute(String command, ExecutionContext context) {
                throw new IllegalStateException("boom");
            }
        }, p -> List.of(), ServiceCatalog.bundled(), 2);
        CommandResult r = broken.run(List.of("aws sts get-caller-identity"), null, ExecutionContext.defaults()).get(0).result();
        assertThat(r.error().code()).isEqualTo("InternalError");
        assertThat(r.error().message()).doesNotContain("boom");
    }
}
