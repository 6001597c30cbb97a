package dev.awsmcp.fuzz;

import dev.awsmcp.model.CliNames;
import dev.awsmcp.model.Member;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import dev.awsmcp.model.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seed commands for fuzzing, made from the bundled models (never from outside data): the models' own examples,
 * each operation of a few services with every required parameter given a value of its type (plain values,
 * shorthand, JSON), plus the high-level and customised commands.
 */
public final class FuzzSeeds {
    /** Services spanning every protocol: json, rest-json, rest-xml, query, ec2, and the s3 customisations. */
    static final List<String> SERVICES = List.of("sqs", "dynamodb", "lambda", "s3api", "iam", "ec2", "cloudwatch",
            "sts", "route53", "logs", "kms");
    /** Characters that break parsers: quotes, shell syntax, shorthand and JSON punctuation, control and wide characters. */
    static final String HOSTILE = "'\"\\`$;|&<>(){}[]=,:*?! \t\n\r\u0000\u00e9\u200b\ud83d\ude00#%~^";

    private FuzzSeeds() {}

    /**
     * @param catalog the models
     * @param perService at most this many operations per service
     * @return valid commands
     */
    public static List<String> commands(ServiceCatalog catalog, int perService) {
        List<String> out = new ArrayList<>(List.of("aws s3 ls", "aws s3 ls s3://bucket/prefix/ --recursive",
                "aws s3 cp s3://a/b ./c --dryrun", "aws s3 sync s3://a/ s3://b/ --delete --exclude '*.tmp'",
                "aws ec2 wait instance-running --instance-ids i-1", "aws sqs list-queues --query 'QueueUrls[0]' --output text",
                "aws ec2 describe-instances --filters Name=instance-state-name,Values=running --max-items 5",
                "aws dynamodb get-item --table-name t --key '{\"id\":{\"S\":\"1\"}}'",
                "aws eks get-token --cluster-name c", "aws ecr get-login-password",
                "aws cloudformation deploy --template-file t.yaml --stack-name s"));
        for (String s : SERVICES) {
            ServiceModel model = catalog.model(s).orElseThrow();
            out.addAll(fromExamples(model));
            int n = 0;
            for (Operation op : model.operations().values()) {
                if (n++ >= perService) {
                    break;
                }
                StringBuilder cmd = new StringBuilder("aws ").append(s).append(' ').append(op.cliName());
                if (op.input() != null) {
                    for (Member m : op.input().requiredMembers()) {
                        cmd.append(" --").append(CliNames.toCli(m.name())).append(' ').append(value(m.shape(), 0));
                    }
                }
                out.add(cmd.toString());
            }
        }
        return out;
    }

    /**
     * The model's own examples ({@code examples-1.json}) as command lines: each input member as an option, scalars
     * as words, structures and lists as JSON.
     */
    static List<String> fromExamples(ServiceModel model) {
        List<String> out = new ArrayList<>();
        model.examples().ifPresent(doc -> doc.path("examples").fields().forEachRemaining(e -> {
            Operation op = model.operation(e.getKey()).orElse(null);
            if (op == null) {
                return;
            }
            for (com.fasterxml.jackson.databind.JsonNode example : e.getValue()) {
                StringBuilder cmd = new StringBuilder("aws ").append(model.cliName()).append(' ').append(op.cliName());
                example.path("input").fields().forEachRemaining(in -> {
                    com.fasterxml.jackson.databind.JsonNode v = in.getValue();
                    String text = v.isTextual() ? v.asText() : v.toString();
                    cmd.append(" --").append(CliNames.toCli(in.getKey())).append(" '")
                            .append(text.replace("'", "'\\''")).append('\'');
                });
                out.add(cmd.toString());
            }
        }));
        return out;
    }

    private static String value(Shape shape, int depth) {
        switch (shape.type()) {
            case INTEGER: case LONG: return "5";
            case BOOLEAN: return "true";
            case DOUBLE: case FLOAT: return "1.5";
            case TIMESTAMP: return "2024-01-01T00:00:00Z";
            case BLOB: return "aGVsbG8=";
            case LIST: return depth > 1 ? "a" : "a b";
            case MAP: return "k=v";
            case STRUCTURE: {
                StringBuilder sb = new StringBuilder();
                for (Member m : shape.requiredMembers()) {
                    if (sb.length() > 0) {
                        sb.append(',');
                    }
                    sb.append(m.name()).append('=').append(depth > 1 ? "x" : "x");
                }
                return sb.length() == 0 ? "'{}'" : sb.toString();
            }
            default: return "value-1";
        }
    }

    /**
     * One mutation of a command: an inserted hostile character, a deleted or repeated span, swapped words, a cut.
     *
     * @param seed the command
     * @param r    the randomness
     * @return the mutated command
     */
    public static String mutate(String seed, Random r) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = r.nextInt(s.length());
            switch (r.nextInt(7)) {
                case 0 -> s.insert(at, HOSTILE.charAt(r.nextInt(HOSTILE.length())));
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(6)));
                case 2 -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + r.nextInt(12))));
                case 3 -> s.setLength(at);
                case 4 -> s.insert(at, " --" + (r.nextBoolean() ? "query" : "cli-input-json") + " ");
                case 5 -> s.insert(at, "x".repeat(r.nextInt(3) == 0 ? 5000 : 40));
                default -> {
                    String[] w = s.toString().split(" ");
                    if (w.length > 2) {
                        int i = 1 + r.nextInt(w.length - 1);
                        int j = 1 + r.nextInt(w.length - 1);
                        String t = w[i];
                        w[i] = w[j];
                        w[j] = t;
                        s = new StringBuilder(String.join(" ", w));
                    }
                }
            }
        }
        return s.toString();
    }
}
