import dev.awsmcp.command.CommandParser;
import dev.awsmcp.command.FileReader;
import dev.awsmcp.model.ServiceCatalog;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Start-up cost of the parser: first parse of an ec2 command in a fresh JVM (wall and CPU time, heap after GC),
 * then heap after binding one command for each of 20 common services.
 *
 * Usage: java -cp "target/aws-mcp.jar:target/lib/*" bench/LoadCost.java
 */
public class LoadCost {
    public static void main(String[] args) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        CommandParser parser = new CommandParser(ServiceCatalog.bundled(), FileReader.denyAll());
        parser.parse("aws ec2 describe-instances --filters Name=instance-state-name,Values=running --region eu-west-1");
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        long firstCpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        System.out.printf("first ec2 parse: %d ms wall, %d ms CPU (main thread); %d ms since JVM start; heap after GC %.1f MB%n",
                firstMs, firstCpuMs, System.currentTimeMillis() - jvmStart, heapMb());
        List<String> commands = List.of(
                "aws s3api list-objects-v2 --bucket b", "aws iam list-users", "aws lambda list-functions",
                "aws dynamodb list-tables", "aws sts get-caller-identity", "aws cloudformation describe-stacks",
                "aws rds describe-db-instances", "aws ecs list-clusters", "aws eks list-clusters", "aws sqs list-queues",
                "aws sns list-topics", "aws logs describe-log-groups", "aws cloudwatch describe-alarms",
                "aws kms list-keys", "aws secretsmanager list-secrets", "aws ssm describe-parameters",
                "aws route53 list-hosted-zones", "aws elbv2 describe-load-balancers",
                "aws autoscaling describe-auto-scaling-groups");
        long t1 = System.nanoTime();
        for (String c : commands) {
            parser.parse(c);
        }
        System.out.printf("19 more services (20 total) bound in %d ms; heap after GC %.1f MB%n",
                (System.nanoTime() - t1) / 1_000_000, heapMb());
        long t2 = System.nanoTime();
        int n = 0;
        for (int i = 0; i < 500; i++) {
            for (String c : commands) {
                parser.parse(c);
                n++;
            }
        }
        System.out.printf("warm: %d parses in %d ms (%.3f ms/parse)%n", n, (System.nanoTime() - t2) / 1_000_000,
                (System.nanoTime() - t2) / 1e6 / n);
    }

    static double heapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / 1048576.0;
    }
}
