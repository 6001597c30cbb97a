package dev.awsmcp;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code aws emr} customizations through the whole facade against a WireMock EMR. The expected request bodies are
 * what AWS CLI v1 1.45.11 sent for the same commands to a capture server (bench/custom/requests.py), with the
 * random {@code ClientToken} left out.
 */
class EmrCommandsWireMockTest {
    private WireMockServer wm;
    private AwsMcp aws;
    private AwsMcp readOnly;

    @BeforeEach
    void start() {
        wm = FacadeHarness.startWireMock();
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("DescribeCluster")).willReturn(okJson(
                "{\"Cluster\":{\"Id\":\"j-1\",\"ReleaseLabel\":\"emr-6.10.0\"}}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("RunJobFlow")).willReturn(okJson(
                "{\"JobFlowId\":\"j-NEW\",\"ClusterArn\":\"arn:aws:elasticmapreduce:us-west-2:123456789012:cluster/j-NEW\"}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing("AddJobFlowSteps")).willReturn(okJson(
                "{\"StepIds\":[\"s-1\",\"s-2\",\"s-3\"]}")));
        wm.stubFor(post("/").withHeader("X-Amz-Target", containing(".Set")).willReturn(okJson("{}")));
        aws = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret").build();
        readOnly = FacadeHarness.realPipeline("AKIDEXAMPLE", "secret").readOnly(true).build();
    }

    @AfterEach
    void stop() {
        aws.close();
        readOnly.close();
        wm.stop();
    }

    private String opts() {
        return " " + FacadeHarness.endpointOptions(wm, "us-west-2");
    }

    /** Target and JSON body of every request, in the order sent, without the random ClientToken. */
    private List<String> sent() throws Exception {
        List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        List<String> out = new ArrayList<>();
        for (ServeEvent e : events) {
            JsonNode body = FacadeHarness.JSON.readTree(e.getRequest().getBodyAsString());
            ((ObjectNode) body).remove("ClientToken");
            out.add(e.getRequest().getHeader("X-Amz-Target") + " " + body);
        }
        return out;
    }

    private static String canonical(String json) throws Exception {
        return FacadeHarness.JSON.readTree(json).toString();
    }

    @Test
    void createClusterBuildsTheRunJobFlowRequestOfTheCli() throws Exception {
        CommandResult r = aws.execute("aws emr create-cluster --release-label emr-5.14.0 --instance-type m4.large "
                + "--instance-count 3 --use-default-roles --applications Name=Hadoop Name=Spark --ec2-attributes "
                + "KeyName=myKey,SubnetId=subnet-1 --tags a=b c --auto-terminate --enable-debugging --log-uri "
                + "s3://b/logs" + opts());

        assertThat(r.error()).isNull();
        assertThat(r.json().toString()).isEqualTo("{\"ClusterId\":\"j-NEW\",\"ClusterArn\":"
                + "\"arn:aws:elasticmapreduce:us-west-2:123456789012:cluster/j-NEW\"}");
        assertThat(sent()).containsExactly("ElasticMapReduce.RunJobFlow " + canonical("{\"Name\": \"Development "
                + "Cluster\", \"ReleaseLabel\": \"emr-5.14.0\", \"LogUri\": \"s3://b/logs\", \"ServiceRole\": "
                + "\"EMR_DefaultRole\", \"VisibleToAllUsers\": true, \"Tags\": [{\"Key\": \"a\", \"Value\": \"b\"}, "
                + "{\"Key\": \"c\", \"Value\": \"\"}], \"Instances\": {\"InstanceGroups\": [{\"InstanceType\": "
                + "\"m4.large\", \"InstanceCount\": 1, \"InstanceRole\": \"MASTER\", \"Name\": \"MASTER\", \"Market\": "
                + "\"ON_DEMAND\"}, {\"InstanceType\": \"m4.large\", \"InstanceCount\": 2, \"InstanceRole\": \"CORE\", "
                + "\"Name\": \"CORE\", \"Market\": \"ON_DEMAND\"}], \"KeepJobFlowAliveWhenNoSteps\": false, "
                + "\"TerminationProtected\": false, \"Ec2KeyName\": \"myKey\", \"Ec2SubnetId\": \"subnet-1\"}, "
                + "\"JobFlowRole\": \"EMR_EC2_DefaultRole\", \"Steps\": [{\"Name\": \"Setup Hadoop Debugging\", "
                + "\"ActionOnFailure\": \"TERMINATE_CLUSTER\", \"HadoopJarStep\": {\"Jar\": \"command-runner.jar\", "
                + "\"Args\": [\"state-pusher-script\"]}}], \"Applications\": [{\"Name\": \"Hadoop\"}, {\"Name\": "
                + "\"Spark\"}]}"));
    }

    @Test
    void createClusterWithInstanceGroupsEmrfsAndBootstrapActions() throws Exception {
        CommandResult r = aws.execute("aws emr create-cluster --release-label emr-6.1.0 --instance-groups "
                + "InstanceGroupType=MASTER,InstanceCount=1,InstanceType=m4.large "
                + "InstanceGroupType=CORE,InstanceCount=2,InstanceType=m4.large,BidPrice=0.1 "
                + "--emrfs Consistent=true,RetryCount=5,Args=[fs.s3.x=1] --bootstrap-actions Path=s3://b/ba.sh,Args=[x]"
                + opts());

        assertThat(r.error()).isNull();
        assertThat(sent()).containsExactly("ElasticMapReduce.RunJobFlow " + canonical("{\"Name\": \"Development "
                + "Cluster\", \"ReleaseLabel\": \"emr-6.1.0\", \"VisibleToAllUsers\": true, \"Tags\": [], "
                + "\"Instances\": {\"InstanceGroups\": [{\"Name\": \"MASTER\", \"InstanceType\": \"m4.large\", "
                + "\"InstanceCount\": 1, \"InstanceRole\": \"MASTER\", \"Market\": \"ON_DEMAND\"}, {\"Name\": \"CORE\", "
                + "\"InstanceType\": \"m4.large\", \"InstanceCount\": 2, \"InstanceRole\": \"CORE\", \"BidPrice\": "
                + "\"0.1\", \"Market\": \"SPOT\"}], \"KeepJobFlowAliveWhenNoSteps\": true, \"TerminationProtected\": "
                + "false}, \"BootstrapActions\": [{\"Name\": \"Bootstrap action\", \"ScriptBootstrapAction\": "
                + "{\"Path\": \"s3://b/ba.sh\", \"Args\": [\"x\"]}}], \"Configurations\": [{\"Classification\": "
                + "\"emrfs-site\", \"Properties\": {\"fs.s3.consistent\": \"true\", \"fs.s3.consistent.retryCount\": "
                + "\"5\", \"fs.s3.x\": \"1\"}}]}"));
    }

    @Test
    void addStepsReadsTheReleaseLabelThenBuildsStepsByType() throws Exception {
        CommandResult r = aws.execute("aws emr add-steps --cluster-id j-1 --steps "
                + "Type=HIVE,Name='Hive program',Args=[-f,s3://b/q.q] "
                + "Type=CUSTOM_JAR,Jar=s3://b/a.jar,Args=a,b,Properties=k=v,ActionOnFailure=CANCEL_AND_WAIT "
                + "Type=Spark,Args=[--deploy-mode,cluster,s3://b/app.py]" + opts());

        assertThat(r.error()).isNull();
        assertThat(r.json().path("StepIds")).hasSize(3);
        assertThat(sent()).containsExactly("ElasticMapReduce.DescribeCluster {\"ClusterId\":\"j-1\"}",
                "ElasticMapReduce.AddJobFlowSteps " + canonical("{\"JobFlowId\": \"j-1\", \"Steps\": [{\"Name\": "
                        + "\"Hive program\", \"ActionOnFailure\": \"CONTINUE\", \"HadoopJarStep\": {\"Jar\": "
                        + "\"command-runner.jar\", \"Args\": [\"hive-script\", \"--run-hive-script\", \"--args\", "
                        + "\"-f\", \"s3://b/q.q\"]}}, {\"Name\": \"Custom JAR\", \"ActionOnFailure\": "
                        + "\"CANCEL_AND_WAIT\", \"HadoopJarStep\": {\"Jar\": \"s3://b/a.jar\", \"Args\": [\"a\", "
                        + "\"b\"], \"Properties\": [{\"Key\": \"k\", \"Value\": \"v\"}]}}, {\"Name\": \"Spark "
                        + "application\", \"ActionOnFailure\": \"CONTINUE\", \"HadoopJarStep\": {\"Jar\": "
                        + "\"command-runner.jar\", \"Args\": [\"spark-submit\", \"--deploy-mode\", \"cluster\", "
                        + "\"s3://b/app.py\"]}}]}"));
    }

    @Test
    void modifyClusterAttributesCallsOneSetterPerAttribute() throws Exception {
        CommandResult r = aws.execute("aws emr modify-cluster-attributes --cluster-id j-1 --no-auto-terminate "
                + "--termination-protected" + opts());

        assertThat(r.error()).isNull();
        assertThat(r.text()).isEmpty();
        assertThat(sent()).containsExactly(
                "ElasticMapReduce.SetTerminationProtection {\"JobFlowIds\":[\"j-1\"],\"TerminationProtected\":true}",
                "ElasticMapReduce.SetKeepJobFlowAliveWhenNoSteps {\"JobFlowIds\":[\"j-1\"],"
                        + "\"KeepJobFlowAliveWhenNoSteps\":true}");
    }

    @Test
    void badInputIsRefusedWithTheCliMessageAndNothingIsSent() throws Exception {
        CommandResult noRelease = aws.execute("aws emr create-cluster --instance-type m4.large" + opts());
        assertThat(noRelease.error().code()).isEqualTo("RequiredOptions");
        assertThat(noRelease.error().message()).isEqualTo("aws: error: Either --ami-version or --release-label is "
                + "required.");
        assertThat(noRelease.exitCode()).isEqualTo(255);

        CommandResult both = aws.execute("aws emr create-cluster --release-label emr-7.0.0 --instance-type m4.large "
                + "--instance-groups InstanceGroupType=MASTER,InstanceCount=1,InstanceType=m4.large" + opts());
        assertThat(both.error().code()).isEqualTo("InstanceGroupsValidation");

        CommandResult typo = aws.execute("aws emr add-steps --cluster-id j-1 --stepz Jar=x" + opts());
        assertThat(typo.error().message()).contains("--steps");
        assertThat(typo.exitCode()).isEqualTo(2);

        CommandResult unknown = aws.execute("aws emr add-steps --cluster-id j-1 --steps Jar=x --stepz y" + opts());
        assertThat(unknown.error().code()).isEqualTo("UnknownOptions");
        assertThat(unknown.error().hint()).contains("Did you mean --steps?");

        CommandResult missingKey = aws.execute("aws emr create-cluster --release-label emr-7.0.0 --instance-groups "
                + "InstanceGroupType=MASTER,InstanceType=m4.large" + opts());
        assertThat(missingKey.error().code()).isEqualTo("MissingParameter");
        assertThat(missingKey.error().message()).contains("InstanceCount");

        CommandResult hbase = aws.execute("aws emr create-hbase-backup --cluster-id j-1 --dir s3://b/hb" + opts());
        assertThat(hbase.error().message()).isEqualTo("aws: error: create-hbase-backup is not supported with "
                + "'emr-6.10.0' release.");

        assertThat(sent()).containsExactly("ElasticMapReduce.DescribeCluster {\"ClusterId\":\"j-1\"}");
    }

    @Test
    void sshIsRefusedWithAWayToConnectAndReadOnlyModeDeniesCreateCluster() throws Exception {
        CommandResult ssh = aws.execute("aws emr ssh --cluster-id j-1 --key-pair-file k.pem" + opts());
        assertThat(ssh.error().code()).isEqualTo("UnsupportedCommand");
        assertThat(ssh.error().hint()).contains("MasterPublicDnsName");

        CommandResult denied = readOnly.execute("aws emr create-cluster --release-label emr-7.0.0 --instance-type "
                + "m4.large" + opts());
        assertThat(denied.error()).isNotNull();
        assertThat(denied.error().message()).contains("elasticmapreduce:RunJobFlow");
        assertThat(sent()).isEmpty();
    }
}
