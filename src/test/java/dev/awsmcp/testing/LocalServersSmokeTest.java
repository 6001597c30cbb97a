package dev.awsmcp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each server answers its protocol over plain HTTP, before any of our own code is involved. */
@LocalServerTest({ServerKind.ELASTICMQ, ServerKind.DYNAMODB_LOCAL, ServerKind.S3MOCK})
class LocalServersSmokeTest {
    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=AKIDSMOKE/20250101/us-east-1/%s/"
            + "aws4_request, SignedHeaders=host;x-amz-date, Signature=0000";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void elasticMqCreatesAndListsQueuesOverTheQueryProtocol(@UseServer(ServerKind.ELASTICMQ) LocalServer sqs)
            throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(sqs.uri("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Action=CreateQueue&QueueName=smoke-query")));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("<QueueUrl>" + sqs.endpoint() + "/000000000000/smoke-query</QueueUrl>");

        HttpResponse<String> listed = send(HttpRequest.newBuilder(sqs.uri("/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Action=ListQueues")));
        assertThat(listed.body()).contains("smoke-query");
    }

    @Test
    void elasticMqAnswersTheJsonProtocol(@UseServer(ServerKind.ELASTICMQ) LocalServer sqs) throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(sqs.uri("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonSQS.CreateQueue")
                .POST(HttpRequest.BodyPublishers.ofString("{\"QueueName\":\"smoke-json\"}")));
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("\"QueueUrl\"").contains("smoke-json");
    }

    @Test
    void dynamoDbLocalCreatesATableInSqlite(@UseServer(ServerKind.DYNAMODB_LOCAL) LocalServer dynamodb)
            throws Exception {
        // creating a table is the first call that needs sqlite4java's native library
        HttpResponse<String> created = send(dynamoDb(dynamodb, "CreateTable", """
                {"TableName":"smoke","BillingMode":"PAY_PER_REQUEST",
                 "AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],
                 "KeySchema":[{"AttributeName":"id","KeyType":"HASH"}]}"""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

        HttpResponse<String> listed = send(dynamoDb(dynamodb, "ListTables", "{}"));
        assertThat(listed.body()).contains("\"TableNames\":[\"smoke\"]");
    }

    @Test
    void s3MockStoresAndReturnsAnObject(@UseServer(ServerKind.S3MOCK) LocalServer s3) throws Exception {
        assertThat(send(HttpRequest.newBuilder(s3.uri("/smoke-bucket"))
                .PUT(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(200);
        assertThat(send(HttpRequest.newBuilder(s3.uri("/smoke-bucket/hello.txt"))
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("hello"))).statusCode()).isEqualTo(200);

        HttpResponse<String> got = send(HttpRequest.newBuilder(s3.uri("/smoke-bucket/hello.txt")).GET());
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo("hello");
    }

    private static HttpRequest.Builder dynamoDb(LocalServer server, String operation, String body) {
        return HttpRequest.newBuilder(server.uri("/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("X-Amz-Date", "20250101T000000Z")
                .header("Authorization", AUTHORIZATION.formatted("dynamodb"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
