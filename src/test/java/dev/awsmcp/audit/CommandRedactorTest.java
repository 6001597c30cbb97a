package dev.awsmcp.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.ServiceSummary;
import dev.awsmcp.model.ShapeType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandRedactorTest {
    private static final ServiceCatalog CATALOG = ServiceCatalog.bundled();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "Sup3rS3cretValue";

    private static Operation op(String service, String operation) {
        return CATALOG.model(service).orElseThrow().operation(operation).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "secretsmanager | CreateSecret | aws secretsmanager create-secret --name db --secret-string Sup3rS3cretValue",
            "secretsmanager | PutSecretValue | aws secretsmanager put-secret-value --secret-id db --secret-string=Sup3rS3cretValue",
            "rds | CreateDBInstance | aws rds create-db-instance --db-instance-identifier x --master-user-password 'Sup3rS3cretValue' --engine mysql",
            "iam | CreateLoginProfile | aws iam create-login-profile --user-name bob --password \"Sup3rS3cretValue\"",
            "cognito-idp | AdminInitiateAuth | aws cognito-idp admin-initiate-auth --user-pool-id p --client-id c --auth-flow ADMIN_NO_SRP_AUTH --auth-parameters USERNAME=bob,PASSWORD=Sup3rS3cretValue",
            "cognito-idp | AdminCreateUser | aws cognito-idp admin-create-user --user-pool-id p --username bob --temporary-password Sup3rS3cretValue",
            "ds | CreateDirectory | aws ds create-directory --name corp.example.com --password Sup3rS3cretValue --size Small",
            "secretsmanager | CreateSecret | aws secretsmanager create-secret --cli-input-json '{\"Name\":\"db\",\"SecretString\":\"Sup3rS3cretValue\"}'",
            "lambda | CreateFunction | aws lambda create-function --function-name f --role r --code S3Bucket=b,S3Key=k --environment '{\"Variables\":{\"DB_PASSWORD\":\"Sup3rS3cretValue\"}}'",
            "sts | AssumeRole | aws sts assume-role --role-arn arn:aws:iam::1:role/r --role-session-name s --token-code Sup3rS3cretValue",
            "ec2 | DescribeInstances | aws ec2 describe-instances --region eu-west-1 --debug --session-token Sup3rS3cretValue"})
    void redactsSecretsOutOfCommands(String service, String operation, String command) {
        String redacted = CommandRedactor.redact(command, op(service, operation), null);
        assertThat(redacted).doesNotContain(SECRET).contains("***");
    }

    @Test
    void redactsInsideCliInputYaml() {
        String redacted = CommandRedactor.redact("aws secretsmanager create-secret --cli-input-yaml 'Name: db\nSecretString: Sup3rS3cretValue'",
                op("secretsmanager", "CreateSecret"), null);
        assertThat(redacted).doesNotContain(SECRET).contains("***");
    }

    @Test
    void keepsOrdinaryValues() {
        String redacted = CommandRedactor.redact("aws secretsmanager get-secret-value --secret-id prod/db --version-stage AWSCURRENT",
                op("secretsmanager", "GetSecretValue"), null);
        assertThat(redacted).contains("prod/db").contains("AWSCURRENT").doesNotContain("***");
        assertThat(CommandRedactor.redact("aws s3api list-objects-v2 --bucket b --starting-token abcdefgh",
                op("s3", "ListObjectsV2"), null)).contains("abcdefgh");
    }

    @Test
    void redactsConfigureSetSecrets() {
        assertThat(CommandRedactor.redact("aws configure set aws_secret_access_key Sup3rS3cretValue", null, null))
                .doesNotContain(SECRET);
        assertThat(CommandRedactor.redact("aws configure set profile.dev.aws_session_token Sup3rS3cretValue --profile x", null, null))
                .doesNotContain(SECRET);
        assertThat(CommandRedactor.redact("aws configure set region eu-west-1", null, null)).contains("eu-west-1");
    }

    @Test
    void scrubsSecretValuesThatCameFromFiles() throws Exception {
        ObjectNode params = (ObjectNode) JSON.readTree("{\"Name\":\"db\",\"SecretString\":\"Sup3rS3cretValue\"}");
        String redacted = CommandRedactor.redact("aws secretsmanager create-secret --name db --secret-string file://s.txt "
                + "--description Sup3rS3cretValue", op("secretsmanager", "CreateSecret"), params);
        assertThat(redacted).doesNotContain(SECRET).contains("file://s.txt");
    }

    @Test
    void redactsUnboundCommandsByName() {
        assertThat(CommandRedactor.redact("aws foo bar --client-secret Sup3rS3cretValue --x '{\"Password\": \"Sup3rS3cretValue\"}'", null, null))
                .doesNotContain(SECRET);
        assertThat(CommandRedactor.redact("aws foo bar --creds Password=Sup3rS3cretValue,User=bob", null, null))
                .doesNotContain(SECRET).contains("User=bob");
    }

    @Test
    void redactsUnbalancedQuotesByScrubbingOnly() {
        assertThat(CommandRedactor.redact("aws iam create-login-profile --user-name b --password=Sup3rS3cretValue '",
                op("iam", "CreateLoginProfile"), null)).doesNotContain(SECRET);
    }

    /** Every top-level input member whose target shape is sensitive, across every bundled model, is redacted. */
    @Test
    void redactsEverySensitiveTopLevelMemberOfEveryModel() {
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (ServiceSummary s : CATALOG.services()) {
            ServiceModel m = CATALOG.model(s);
            for (Operation o : m.operations().values()) {
                for (Member member : o.inputMembers().values()) {
                    ShapeType t = member.shape().type();
                    if (!member.shape().sensitive() || t == ShapeType.STRUCTURE || t == ShapeType.BLOB) {
                        continue;
                    }
                    checked++;
                    String cmd = "aws " + s.cliName() + " " + o.cliName() + " --" + dev.awsmcp.model.CliNames.toCli(member.name())
                            + " " + SECRET;
                    if (CommandRedactor.redact(cmd, o, null).contains(SECRET)) {
                        leaks.add(cmd);
                    }
                }
            }
        }
        System.out.println("sensitive top-level members checked: " + checked);
        assertThat(checked).isGreaterThan(500);
        assertThat(leaks).isEmpty();
    }
}
