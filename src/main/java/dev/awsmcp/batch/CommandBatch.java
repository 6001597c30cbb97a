package dev.awsmcp.batch;

import dev.awsmcp.AwsMcp;
import dev.awsmcp.CommandResult;
import dev.awsmcp.ErrorInfo;
import dev.awsmcp.ExecutionContext;
import dev.awsmcp.model.Operation;
import dev.awsmcp.model.ServiceCatalog;
import dev.awsmcp.model.ServiceModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a list of commands through the facade with bounded parallelism, expanding {@code --region '*'} into one
 * command per enabled region and mapping a result limit to {@code --max-items} on paginated operations.
 *
 * <pre>{@code
 * CommandBatch batch = new CommandBatch(aws, regions, ServiceCatalog.bundled(), 8);
 * List<BatchResult> results = batch.run(List.of("aws ec2 describe-vpcs --region '*'"), null, context);
 * }</pre>
 */
public final class CommandBatch {
    /** Exit code of a command that was cancelled before it ran (the AWS CLI's code for an interrupt). */
    public static final int CANCELLED_EXIT_CODE = 130;

    private final AwsMcp aws;
    private final RegionSource regions;
    private final Supplier<ServiceCatalog> catalog;
    private final int maxParallel;
    private final FanOut fanOut;

    /**
     * @param aws         the facade
     * @param regions     the regions a wildcard expands to
     * @param catalog     the models (to tell paginated operations apart)
     * @param maxParallel commands run at once; at least 1
     * @throws IllegalArgumentException when {@code maxParallel < 1}
     */
    public CommandBatch(AwsMcp aws, RegionSource regions, ServiceCatalog catalog, int maxParallel) {
        this(aws, regions, () -> catalog, maxParallel);
    }

    /**
     * @param aws         the facade
     * @param regions     the regions a wildcard expands to
     * @param catalog     supplies the models on first need (keeps start-up from loading them)
     * @param maxParallel commands run at once; at least 1
     * @throws IllegalArgumentException when {@code maxParallel < 1}
     */
    public CommandBatch(AwsMcp aws, RegionSource regions, Supplier<ServiceCatalog> catalog, int maxParallel) {
        this(aws, regions, catalog, maxParallel, null);
    }

    /**
     * @param aws         the facade
     * @param regions     the regions a wildcard expands to
     * @param catalog     supplies the models on first need (keeps start-up from loading them)
     * @param maxParallel commands run at once; at least 1
     * @param fanOut      runs commands with {@code --profiles} or {@code --accounts}, or null to refuse them
     * @throws IllegalArgumentException when {@code maxParallel < 1}
     */
    public CommandBatch(AwsMcp aws, RegionSource regions, Supplier<ServiceCatalog> catalog, int maxParallel,
                        FanOut fanOut) {
        this.fanOut = fanOut;
        if (maxParallel < 1) {
            throw new IllegalArgumentException("maxParallel must be at least 1, was " + maxParallel);
        }
        this.aws = Objects.requireNonNull(aws, "aws");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.maxParallel = maxParallel;
    }

    /**
     * Expands and runs commands. A single command without a region wildcard runs on the calling thread with the
     * caller's context (so page progress reaches the caller); otherwise progress counts finished commands.
     *
     * @param commands   the commands as the caller wrote them
     * @param maxResults a result limit applied as {@code --max-items} to paginated commands that have none, or null
     * @param context    the caller's context; its cancellation stops commands not yet started
     * @return one result per expanded command, in input order (regions sorted within a command)
     */
    public List<BatchResult> run(List<String> commands, Integer maxResults, ExecutionContext context) {
        if (commands.stream().anyMatch(FanOut::applies)) {
            // a fan-out is its own batch: run the commands one after another, each fan-out merged into one answer
            List<BatchResult> out = new ArrayList<>();
            for (String given : commands) {
                if (!FanOut.applies(given)) {
                    out.addAll(run(List.of(given), maxResults, context));
                } else if (fanOut == null) {
                    out.add(new BatchResult(given, null, failure(given, 252, new ErrorInfo("FanOutUnavailable",
                            "--profiles and --accounts are not available here.", "Run the command once per profile."))));
                } else {
                    out.add(new BatchResult(given, null, fanOut.run(maxResults == null ? given
                            : withMaxItems(given, maxResults), context).merged()));
                }
            }
            return out;
        }
        List<Planned> plan = new ArrayList<>();
        for (String given : commands) {
            String command = maxResults == null ? given : withMaxItems(given, maxResults);
            if (CommandText.hasRegionWildcard(command)) {
                String profile = CommandText.optionValue(command, "--profile").orElse(null);
                for (String region : regions.enabledRegions(profile)) {
                    plan.add(new Planned(CommandText.withRegion(command, region), region));
                }
            } else {
                plan.add(new Planned(command, null));
            }
        }
        if (plan.size() == 1) {
            Planned p = plan.get(0);
            return List.of(new BatchResult(p.command, p.region, runOne(p.command, context)));
        }
        return runAll(plan, context);
    }

    private List<BatchResult> runAll(List<Planned> plan, ExecutionContext context) {
        AtomicInteger done = new AtomicInteger();
        int total = plan.size();
        ExecutionContext quiet = context.withProgress(null);
        context.progress().progress(0, total, "running " + total + " commands");
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(maxParallel, total), r -> {
            Thread t = new Thread(r, "aws-mcp-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CommandResult>> futures = new ArrayList<>(total);
            for (Planned p : plan) {
                futures.add(pool.submit(() -> {
                    CommandResult r = runOne(p.command, quiet);
                    int n = done.incrementAndGet();
                    context.progress().progress(n, total, n + " of " + total + " commands done");
                    return r;
                }));
            }
            List<BatchResult> out = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                out.add(new BatchResult(plan.get(i).command, plan.get(i).region, await(futures.get(i), plan.get(i).command)));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private CommandResult runOne(String command, ExecutionContext context) {
        if (context.cancelled().getAsBoolean()) {
            return failure(command, CANCELLED_EXIT_CODE, new ErrorInfo("Cancelled",
                    "The call was cancelled before this command ran.", "Run the command again if you still need it."));
        }
        try {
            return aws.execute(command, context);
        } catch (RuntimeException e) {
            // the facade reports errors in the result; this guards a batch against a bug in one command
            return failure(command, 255, new ErrorInfo("InternalError",
                    "The server failed while running this command: " + e.getClass().getSimpleName() + ".",
                    "Report this with the command; other commands of the batch are unaffected."));
        }
    }

    private static CommandResult await(Future<CommandResult> future, String command) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(command, CANCELLED_EXIT_CODE, new ErrorInfo("Cancelled", "The call was interrupted.", null));
        } catch (ExecutionException e) {
            return failure(command, 255, new ErrorInfo("InternalError", "The command failed unexpectedly.", null));
        }
    }

    private String withMaxItems(String command, int maxResults) {
        if (CommandText.hasOption(command, "--max-items") || !isPaginated(command)) {
            return command;
        }
        return CommandText.withOption(command, "--max-items", Integer.toString(maxResults));
    }

    /**
     * Whether the command's operation has a paginator (so {@code --max-items}/{@code --starting-token} apply).
     *
     * @param command a command string
     * @return false for unknown services or operations and for high-level commands
     */
    public boolean isPaginated(String command) {
        Optional<String[]> words = CommandText.serviceAndOperation(command);
        if (words.isEmpty() || catalog.get().byCliName(words.get()[0]).isEmpty()) {
            return false;
        }
        ServiceModel model = catalog.get().model(words.get()[0]).orElseThrow();
        Optional<Operation> op = model.operationByCliName(words.get()[1]);
        return op.isPresent() && model.paginators()
                .map(p -> p.path("pagination").has(op.get().name()))
                .orElse(false);
    }

    static CommandResult failure(String command, int exitCode, ErrorInfo error) {
        return new CommandResult(command, null, null, dev.awsmcp.error.ExitCodes.cliV1(exitCode, error.code()), null, "",
                error, null, List.of(), 0, Duration.ZERO);
    }

    private record Planned(String command, String region) {}
}
