package dev.awsmcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awsmcp.testing.LocalServer;
import dev.awsmcp.testing.LocalServerTest;
import dev.awsmcp.testing.ServerKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DynamoDB commands through the facade against DynamoDB Local (JSON 1.0). Expected texts are what AWS CLI 1.45
 * printed for the same commands against the same server, except timestamps (we print them as CLI v2 does).
 */
@LocalServerTest(ServerKind.DYNAMODB_LOCAL)
class DynamoDbLocalServerTest {
    private static final String SONG_3 = """
            {
                "Item": {
                    "song": {
                        "S": "song-3"
                    },
                    "artist": {
                        "S": "ann"
                    },
                    "plays": {
                        "N": "3"
                    }
                }
            }
            """;

    @TempDir
    static Path workDir;
    private static AwsMcp aws;
    private static LocalServer dynamodb;

    @BeforeAll
    static void createMusicTable(LocalServer server) {
        dynamodb = server;
        aws = LocalServerFacade.create(workDir);
        createTable("music");
        for (int i = 1; i <= 5; i++) {
            CommandResult put = run("aws dynamodb put-item --table-name music --item '{\"artist\":{\"S\":\"ann\"},"
                    + "\"song\":{\"S\":\"song-" + i + "\"},\"plays\":{\"N\":\"" + i + "\"}}'");
            assertThat(put.exitCode()).as(String.valueOf(put.error())).isZero();
            assertThat(put.text()).isEmpty();
        }
    }

    @AfterAll
    static void close() {
        aws.close();
    }

    @Test
    void createTableDescribesTheNewTable() {
        CommandResult r = createTable("created");

        assertThat(r.json().at("/TableDescription/TableStatus").asText()).isEqualTo("ACTIVE");
        assertThat(r.json().at("/TableDescription/KeySchema").toString()).isEqualTo(
                "[{\"AttributeName\":\"artist\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"song\",\"KeyType\":\"RANGE\"}]");
        assertThat(r.json().at("/TableDescription/BillingModeSummary/BillingMode").asText())
                .isEqualTo("PAY_PER_REQUEST");
        // DynamoDB sends epoch seconds; the CLI v2 default prints ISO 8601
        assertThat(r.json().at("/TableDescription/CreationDateTime").asText())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+00:00");
    }

    @Test
    void getItemPrintsTheItemLikeTheCli() {
        CommandResult r = run("aws dynamodb get-item --table-name music"
                + " --key '{\"artist\":{\"S\":\"ann\"},\"song\":{\"S\":\"song-3\"}}'");

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.text()).isEqualTo(SONG_3);
    }

    @Test
    void getItemReadsTheKeyFromAFile() throws Exception {
        java.nio.file.Files.writeString(workDir.resolve("key.json"),
                "{\"artist\":{\"S\":\"ann\"},\"song\":{\"S\":\"song-3\"}}");

        CommandResult r = run("aws dynamodb get-item --table-name music --key file://key.json");

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.text()).isEqualTo(SONG_3);
    }

    @Test
    void queryTruncatesToMaxItemsAndPrintsTheCliToken() {
        CommandResult r = run("aws dynamodb query --table-name music --key-condition-expression 'artist = :a'"
                + " --expression-attribute-values '{\":a\":{\"S\":\"ann\"}}' --max-items 2"
                + " --query '{songs: Items[].song.S, Count: Count, ScannedCount: ScannedCount, NextToken: NextToken}'");

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.json().toString()).isEqualTo("{\"songs\":[\"song-1\",\"song-2\"],\"Count\":5,\"ScannedCount\":5,"
                + "\"NextToken\":\"eyJFeGNsdXNpdmVTdGFydEtleSI6IG51bGwsICJib3RvX3RydW5jYXRlX2Ftb3VudCI6IDJ9\"}");
    }

    @Test
    void scanPagesWithPageSizeMaxItemsAndStartingToken() {
        CommandResult first = run("aws dynamodb scan --table-name music --page-size 2 --max-items 3");
        assertThat(first.exitCode()).as(String.valueOf(first.error())).isZero();
        assertThat(first.json().findValuesAsText("S")).containsExactly(
                "song-1", "ann", "song-2", "ann", "song-3", "ann");
        assertThat(first.json().get("Count").asInt()).isEqualTo(4);
        assertThat(decode(first.nextToken())).isEqualTo("{\"ExclusiveStartKey\": {\"song\": {\"S\": \"song-2\"}, "
                + "\"artist\": {\"S\": \"ann\"}}, \"boto_truncate_amount\": 1}");

        CommandResult rest = run("aws dynamodb scan --table-name music --page-size 2 --max-items 3"
                + " --starting-token " + first.nextToken() + " --output json");
        assertThat(rest.exitCode()).as(String.valueOf(rest.error())).isZero();
        assertThat(rest.json().toString()).isEqualTo("{\"Items\":["
                + "{\"song\":{\"S\":\"song-4\"},\"artist\":{\"S\":\"ann\"},\"plays\":{\"N\":\"4\"}},"
                + "{\"song\":{\"S\":\"song-5\"},\"artist\":{\"S\":\"ann\"},\"plays\":{\"N\":\"5\"}}],"
                + "\"Count\":3,\"ScannedCount\":3,\"ConsumedCapacity\":null}");
        assertThat(rest.nextToken()).isNull();
    }

    @Test
    void startingTokenThatIsNoKeyIsRejectedBeforeAnyCall() {
        CommandResult r = run("aws dynamodb scan --table-name music --max-items 1 --starting-token bogus");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().code()).isEqualTo("InvalidStartingToken");
        assertThat(r.httpStatus()).isZero();
    }

    @Test
    void jsonOutputAppliesTheQueryToTheMergedPages() {
        CommandResult r = run("aws dynamodb scan --table-name music --page-size 2 --query 'Items[].song.S'");

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.json().toString()).isEqualTo("[\"song-1\",\"song-2\",\"song-3\",\"song-4\",\"song-5\"]");
    }

    @Test
    void textOutputAppliesTheQueryPageByPageLikeTheCli() {
        CommandResult r = run("aws dynamodb scan --table-name music --page-size 2 --query 'Items[].song.S'"
                + " --output text");

        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        assertThat(r.text()).isEqualTo("song-1\tsong-2\nsong-3\tsong-4\nsong-5\n");
    }

    @Test
    void deleteTableRemovesTheTable() {
        createTable("doomed");

        CommandResult deleted = run("aws dynamodb delete-table --table-name doomed"
                + " --query TableDescription.TableName");
        assertThat(deleted.exitCode()).as(String.valueOf(deleted.error())).isZero();
        assertThat(deleted.text()).isEqualTo("\"doomed\"\n");

        CommandResult again = run("aws dynamodb describe-table --table-name doomed");
        assertThat(again.exitCode()).isEqualTo(255);
        assertThat(again.error().code()).isEqualTo("ResourceNotFoundException");
    }

    @Test
    void missingTableIsReportedLikeTheCli() {
        CommandResult r = run("aws dynamodb get-item --table-name no-such-table --key '{\"id\":{\"S\":\"x\"}}'");

        assertThat(r.exitCode()).isEqualTo(255);
        assertThat(r.error().message()).isEqualTo("An error occurred (ResourceNotFoundException) when calling the "
                + "GetItem operation: Cannot do operations on a non-existent table");
        assertThat(r.httpStatus()).isEqualTo(400);
    }

    private static CommandResult createTable(String name) {
        CommandResult r = run("aws dynamodb create-table --table-name " + name
                + " --attribute-definitions AttributeName=artist,AttributeType=S AttributeName=song,AttributeType=S"
                + " --key-schema AttributeName=artist,KeyType=HASH AttributeName=song,KeyType=RANGE"
                + " --billing-mode PAY_PER_REQUEST");
        assertThat(r.exitCode()).as(String.valueOf(r.error())).isZero();
        return r;
    }

    private static String decode(String token) {
        return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
    }

    private static CommandResult run(String command) {
        return aws.execute(command + " " + dynamodb.cliOptions());
    }
}
