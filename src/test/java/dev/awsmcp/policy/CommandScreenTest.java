package dev.awsmcp.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandScreenTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "aws ec2 describe-instances --query 'Reservations[?State.Name==`running`]'",
            "aws ec2 describe-instances --query=Reservations[0]",
            "aws logs filter-log-events --log-group-name g --filter-pattern 'ERROR | WARN; x > y'",
            "aws s3api put-object --bucket b --key 'déjà vu.txt' --body file://in.json",
            "aws iam create-policy --policy-name p --policy-document '{\n \"Version\": \"2012-10-17\"\n}'",
            "aws ec2 describe-tags --filters Name=value,Values=Привет",
            "aws s3 ls s3://bucket/$HOME/x",
            "aws ec2 describe-instances \\\n  --region eu-west-1"})
    void passesOrdinaryCommands(String line) {
        assertThat(CommandScreen.check(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "aws s3 ls; aws s3 rb s3://b --force",
            "aws s3 ls && aws s3 rm s3://b/k",
            "aws s3 ls | sh",
            "aws s3 ls > /tmp/x",
            "aws s3 ls\naws s3 rm s3://b/k",
            "aws s3 ls \"$(aws s3 rm s3://b --recursive)\"",
            "aws s3 ls '$(rm -rf /)'",
            "aws s3 ls `aws s3 rm s3://b/k`",
            "aws s3 ls s3://b & aws s3 rm s3://b/k",
            "aws ec2 describe-instances --filters 'Name=x' `id`",
            "aws ec2 terminate\u2011instances --instance-ids i-1",
            "aws ec2 describe-instances \uff0d\uff0dendpoint-url http://evil",
            "aws ec2 describe\u200b-instances",
            "aws ec2 describe-instances --region\u00a0us-east-1",
            "aws \u0435c2 describe-instances",
            "aws ec2 dеscribe-instances",
            "aws s3api list-buckets --\u0435ndpoint-url http://x",
            "aws ec2 describe-instances 'unterminated",
            "aws ec2 describe-instances \u202etxt.exe"})
    void deniesShellSyntaxAndLookalikes(String line) {
        assertThat(CommandScreen.check(line)).as(line).isPresent();
    }
}
