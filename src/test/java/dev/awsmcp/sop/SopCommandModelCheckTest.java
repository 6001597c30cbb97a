package dev.awsmcp.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The interim model check must catch what the SOP command test relies on it to catch. */
class SopCommandModelCheckTest {
    private final SopCommandModelCheck check = new SopCommandModelCheck();

    private List<String> problems(String command) {
        return check.check(SopCommands.tokenize(command));
    }

    @Test
    void acceptsARealCommandWithShorthandListsAndGlobals() {
        assertThat(problems("aws ec2 run-instances --image-id ami-1 --min-count 1 --max-count 1 "
                + "--tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=a b}]' 'ResourceType=volume,Tags=[]' "
                + "--ebs-optimized --region eu-west-1 --query \"Instances[0].InstanceId\" --output text")).isEmpty();
    }

    @Test
    void flagsUnknownServiceOperationAndOption() {
        assertThat(problems("aws ec3 describe-instances")).containsExactly("unknown service 'ec3'");
        assertThat(problems("aws ec2 describe-instance")).containsExactly("unknown operation 'ec2 describe-instance'");
        assertThat(problems("aws ec2 describe-instances --instance-id i-1")).singleElement().asString()
                .contains("unknown option --instance-id");
    }

    @Test
    void flagsBooleanWithValueMissingRequiredAndBadEnum() {
        assertThat(problems("aws efs create-file-system --creation-token t --encrypted true --throughput-mode fast"))
                .anyMatch(p -> p.contains("boolean option --encrypted takes no value"))
                .anyMatch(p -> p.contains("value 'fast' is not one of"));
        assertThat(problems("aws iam create-role --role-name r")).anyMatch(p -> p.contains("--assume-role-policy-document"));
        assertThat(problems("aws logs put-retention-policy --log-group-name g --retention-in-days thirty"))
                .anyMatch(p -> p.contains("needs an integer"));
    }

    @Test
    void knowsTheAwsCliArgumentRenames() {
        assertThat(problems("aws sns subscribe --topic-arn arn:aws:sns:eu-west-1:123456789012:t --protocol email "
                + "--notification-endpoint ops@example.com")).isEmpty();
        assertThat(problems("aws sns subscribe --topic-arn arn:aws:sns:eu-west-1:123456789012:t --protocol email "
                + "--endpoint ops@example.com")).anyMatch(p -> p.contains("unknown option --endpoint"));
    }

    @Test
    void tokenizesQuotesAndEscapesLikeAShell() {
        assertThat(SopCommands.tokenize("aws a b --x 'one two' \"th\\\"ree\" fo\\ ur"))
                .containsExactly("aws", "a", "b", "--x", "one two", "th\"ree", "fo ur");
    }
}
