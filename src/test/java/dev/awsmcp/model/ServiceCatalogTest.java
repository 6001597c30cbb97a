package dev.awsmcp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceCatalogTest {
    private final ServiceCatalog catalog = ServiceCatalog.bundled();

    @Test
    void listsEveryBundledServiceUnderItsCliName() {
        assertThat(catalog.services()).hasSizeGreaterThan(400);
        assertThat(catalog.byCliName("s3api")).get().extracting(ServiceSummary::name).isEqualTo("s3");
        assertThat(catalog.byCliName("configservice")).get().extracting(ServiceSummary::name).isEqualTo("config");
        assertThat(catalog.byCliName("deploy")).get().extracting(ServiceSummary::name).isEqualTo("codedeploy");
        assertThat(catalog.byCliName("s3")).isEmpty();
        assertThat(catalog.operationCount()).isGreaterThan(18_000);
    }

    @Test
    void loadsEc2WithTypedOperationsAndShapes() {
        ServiceModel ec2 = catalog.model("ec2").orElseThrow();
        Operation op = ec2.operationByCliName("describe-instances").orElseThrow();
        assertThat(op.name()).isEqualTo("DescribeInstances");
        assertThat(ec2.metadata().protocol()).isEqualTo("ec2");
        Member ids = op.input().member("InstanceIds");
        assertThat(ids.shape().type()).isEqualTo(ShapeType.LIST);
        assertThat(ids.locationName()).isEqualTo("InstanceId");
        assertThat(ec2.paginators()).isPresent();
        assertThat(ec2.waiters().orElseThrow().path("waiters").has("InstanceRunning")).isTrue();
    }

    @Test
    void readsRestXmlTraitsFromS3() {
        ServiceModel s3 = catalog.model("s3api").orElseThrow();
        Operation put = s3.operation("PutObject").orElseThrow();
        assertThat(put.http().method()).isEqualTo("PUT");
        assertThat(put.http().requestUri()).isEqualTo("/{Bucket}/{Key+}");
        assertThat(put.input().member("Bucket").location()).isEqualTo("uri");
        assertThat(put.input().member("Bucket").contextParam()).isEqualTo("Bucket");
        assertThat(put.input().payload()).isEqualTo("Body");
        assertThat(put.input().member("Body").isStreaming()).isTrue();
        assertThat(put.input().member("SSECustomerKey").shape().sensitive()).isTrue();
    }

    @Test
    void convertsNamesLikeTheAwsCli() {
        assertThat(CliNames.toCli("DescribeDBInstances")).isEqualTo("describe-db-instances");
        assertThat(CliNames.toCli("ListObjectsV2")).isEqualTo("list-objects-v2");
        assertThat(CliNames.toCli("ListACLs")).isEqualTo("list-acls");
        assertThat(CliNames.toCli("CreateCachediSCSIVolume")).isEqualTo("create-cached-iscsi-volume");
        assertThat(CliNames.toCli("InstanceIds")).isEqualTo("instance-ids");
    }

    @Test
    void cliNamesAreUniquePerServiceForEveryOperationAndMember() {
        for (ServiceSummary summary : catalog.services()) {
            ServiceModel model = ServiceCatalog.of(ModelDataSource.classpath(), 1).model(summary);
            assertThat(model.cliOperationNames()).as(summary.cliName()).hasSize(model.operations().size());
            for (Operation op : model.operations().values()) {
                Map<String, String> seen = new HashMap<>();
                for (String member : op.inputMembers().keySet()) {
                    String previous = seen.put(CliNames.toCli(member), member);
                    assertThat(previous).as("%s %s: %s vs %s", summary.cliName(), op.cliName(), previous, member).isNull();
                }
            }
        }
    }
}
