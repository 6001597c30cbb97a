import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.client.endpoint.EndpointSettings;
import dev.awsmcp.client.endpoint.RuleSetEndpointResolver;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.regions.RegionCatalog;
import java.util.Arrays;

/**
 * Endpoint resolution cost: first use of a rule set (model load, parse, first evaluation) and warm latency with and
 * without the result cache.
 *
 * <pre>
 * ./mvnw -B -o -q package -DskipTests
 * java -cp "target/aws-mcp.jar:target/lib/*" bench/EndpointBench.java
 * </pre>
 */
public class EndpointBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        ServiceCatalog catalog = ServiceCatalog.bundled();
        RegionCatalog regions = RegionCatalog.bundled();
        RuleSetEndpointResolver cached = RuleSetEndpointResolver.create(regions, 128, 4096);
        RuleSetEndpointResolver uncached = RuleSetEndpointResolver.create(regions, 128, 0);

        System.out.println("== first use (cold JVM; the first line also pays for class loading) ==");
        for (String service : new String[] {"ec2", "s3", "dynamodb", "sqs"}) {
            long t0 = System.nanoTime();
            ServiceModel model = catalog.model(service).orElseThrow();
            long t1 = System.nanoTime();
            model.endpointRuleSet().orElseThrow();
            long t2 = System.nanoTime();
            cached.preload(model);
            long t3 = System.nanoTime();
            Case c = caseFor(model);
            cached.resolve(model, c.op, c.input, c.settings);
            long t4 = System.nanoTime();
            System.out.printf("%-9s model load %7.1f ms | rule-set read %6.1f ms | rule-set parse %7.1f ms | first resolve %6.2f ms%n",
                    service, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3));
        }

        System.out.println("== rule-set parse again in a warm JVM (fresh resolver, 5 rounds, best) ==");
        for (String service : new String[] {"ec2", "s3"}) {
            ServiceModel model = catalog.model(service).orElseThrow();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                RuleSetEndpointResolver fresh = RuleSetEndpointResolver.create(regions, 8, 16);
                long s = System.nanoTime();
                fresh.preload(model);
                best = Math.min(best, System.nanoTime() - s);
            }
            System.out.printf("%-9s parse %7.1f ms%n", service, ms(best));
        }

        System.out.println("== warm resolve latency ==");
        for (String service : new String[] {"ec2", "s3", "dynamodb"}) {
            ServiceModel model = catalog.model(service).orElseThrow();
            Case c = caseFor(model);
            report(service + " cached", run(cached, model, c, 20_000, 50_000));
            report(service + " evaluate", run(uncached, model, c, 2_000, 5_000));
        }
    }

    record Case(Operation op, ObjectNode input, EndpointSettings settings) {}

    static Case caseFor(ServiceModel model) throws Exception {
        switch (model.name()) {
            case "s3":
                return new Case(model.operation("GetObject").orElseThrow(),
                        (ObjectNode) JSON.readTree("{\"Bucket\":\"my-bucket\",\"Key\":\"a/b.txt\"}"), EndpointSettings.forRegion("eu-west-1"));
            case "dynamodb":
                return new Case(model.operation("GetItem").orElseThrow(),
                        (ObjectNode) JSON.readTree("{\"TableName\":\"t\",\"Key\":{}}"), EndpointSettings.forRegion("eu-west-1"));
            case "sqs":
                return new Case(model.operation("ListQueues").orElseThrow(), JSON.createObjectNode(), EndpointSettings.forRegion("eu-west-1"));
            default:
                return new Case(model.operation("DescribeInstances").orElseThrow(), JSON.createObjectNode(), EndpointSettings.forRegion("eu-west-1"));
        }
    }

    static long[] run(RuleSetEndpointResolver r, ServiceModel m, Case c, int warmup, int n) {
        for (int i = 0; i < warmup; i++) {
            r.resolve(m, c.op, c.input, c.settings);
        }
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            r.resolve(m, c.op, c.input, c.settings);
            t[i] = System.nanoTime() - s;
        }
        Arrays.sort(t);
        return t;
    }

    static void report(String label, long[] sorted) {
        System.out.printf("%-18s p50 %8.1f us | p99 %8.1f us | n=%d%n", label,
                sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3, sorted.length);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
