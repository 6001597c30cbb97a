package dev.awsmcp.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTextTest {
    @Test
    void splitsWordsWithShellQuoting() {
        assertThat(CommandText.words("aws ec2 describe-instances --query 'Reservations[].Instances[?State.Name==`running`]' --filters \"Name=tag:Name,Values=a b\""))
                .containsExactly("aws", "ec2", "describe-instances", "--query", "Reservations[].Instances[?State.Name==`running`]",
                        "--filters", "Name=tag:Name,Values=a b");
    }

    @Test
    void findsServiceAndOperationAfterGlobalOptions() {
        assertThat(CommandText.serviceAndOperation("aws --region eu-west-1 --debug s3api list-buckets")).get()
                .isEqualTo(new String[] {"s3api", "list-buckets"});
        assertThat(CommandText.serviceAndOperation("ec2 describe-vpcs")).get().isEqualTo(new String[] {"ec2", "describe-vpcs"});
        assertThat(CommandText.serviceAndOperation("aws sts")).isEmpty();
    }

    @Test
    void recognisesEveryWayOfWritingTheRegionWildcard() {
        assertThat(CommandText.hasRegionWildcard("aws ec2 describe-vpcs --region '*'")).isTrue();
        assertThat(CommandText.hasRegionWildcard("aws ec2 describe-vpcs --region \"*\" --output json")).isTrue();
        assertThat(CommandText.hasRegionWildcard("aws ec2 describe-vpcs --region=*")).isTrue();
        assertThat(CommandText.hasRegionWildcard("aws ec2 describe-vpcs --region eu-west-1")).isFalse();
        assertThat(CommandText.hasRegionWildcard("aws ec2 describe-vpcs --region '*x'")).isFalse();
    }

    @Test
    void replacesTheWildcardWithOneRegion() {
        assertThat(CommandText.withRegion("aws ec2 describe-vpcs --region '*' --output json", "eu-west-1"))
                .isEqualTo("aws ec2 describe-vpcs --region eu-west-1 --output json");
    }

    @Test
    void readsOptionValuesInBothForms() {
        assertThat(CommandText.optionValue("aws s3api list-buckets --profile dev", "--profile")).contains("dev");
        assertThat(CommandText.optionValue("aws s3api list-buckets --profile=prod", "--profile")).contains("prod");
        assertThat(CommandText.hasOption("aws s3api list-objects-v2 --max-items=5", "--max-items")).isTrue();
        assertThat(CommandText.hasOption("aws s3api list-objects-v2 --max-itemsx 5", "--max-items")).isFalse();
    }
}
