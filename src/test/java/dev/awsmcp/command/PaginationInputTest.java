package dev.awsmcp.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsmcp.model.ServiceCatalog;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PaginationInputTest {
    private final CommandParser parser = new CommandParser(ServiceCatalog.bundled(), FileReader.denyAll());

    private BoundCall call(String c) {
        return (BoundCall) parser.parse(c);
    }

    @Test
    void legacyTokenSplitsOverInputTokens() throws Exception {
        BoundCall c = call("aws route53 list-resource-record-sets --hosted-zone-id Z1 --starting-token a___A");
        assertThat(PaginationInput.firstRequest(c)).isEqualTo(new ObjectMapper().readTree(
                "{\"HostedZoneId\":\"Z1\",\"StartRecordName\":\"a\",\"StartRecordType\":\"A\"}"));
    }

    @Test
    void base64JsonTokenIsDecoded() throws Exception {
        String token = Base64.getEncoder().encodeToString(
                "{\"NextToken\": \"n1\", \"boto_truncate_amount\": 2}".getBytes(StandardCharsets.UTF_8));
        BoundCall c = call("aws iam list-users --starting-token " + token);
        assertThat(PaginationInput.firstRequest(c).get("Marker")).isNull();
        assertThat(PaginationInput.firstRequest(c).get("NextToken").asText()).isEqualTo("n1");
    }

    @Test
    void aShadowedArgumentRestoredForOneCommandStaysShadowedForTheNext() {
        // --no-paginate gives cloudfront's own MaxItems back its --max-items; argument tables are built once per
        // operation and copied per parse, so the restored argument must not leak into the next parse
        BoundCall own = call("aws cloudfront list-distributions --no-paginate --max-items 5");
        BoundCall paged = call("aws cloudfront list-distributions --max-items 5");
        BoundCall ownAgain = call("aws cloudfront list-distributions --no-paginate --max-items 7");

        assertThat(own.params().get("MaxItems").asText()).isEqualTo("5");
        assertThat(paged.params().has("MaxItems")).isFalse();
        assertThat(paged.options().maxItems()).isEqualTo(5);
        assertThat(ownAgain.params().get("MaxItems").asText()).isEqualTo("7");
    }

    @Test
    void noPaginateLeavesParametersUntouched() {
        BoundCall c = call("aws dynamodb list-tables --limit 3 --no-paginate");
        assertThat(PaginationInput.firstRequest(c)).isEqualTo(c.params());
        assertThat(c.options().paginate()).isFalse();
    }

    @Test
    void ec2DescribeVolumesGetsTheClisDefaultPageSize() {
        BoundCall c = call("aws ec2 describe-volumes");
        assertThat(c.options().pageSize()).isEqualTo(1000);
        assertThat(PaginationInput.firstRequest(c).get("MaxResults").asInt()).isEqualTo(1000);
        assertThat(call("aws ec2 describe-volumes --volume-ids v-1").options().pageSize()).isNull();
    }
}
