package dev.awsmcp.s3;

import dev.awsmcp.error.AwsMcpException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the files of a transfer on a few worker threads (the CLI's transfer manager uses ten) and prints each
 * outcome in listing order, so the output does not depend on timing. Warnings and dry runs are printed as files are
 * submitted. The first error that ends the command stops the remaining transfers and is rethrown.
 */
final class TransferScheduler {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private record Pending(FileStat file, String type, String[] shown, Future<String> outcome) {}

    private TransferScheduler() {}

    static void runAll(List<FileStat> files, TransferExecutor executor, TransferOutput out, boolean dryRun,
                       int workers) {
        ExecutorService pool = files.size() > 1 && workers > 1 && !dryRun
                ? Executors.newFixedThreadPool(workers, r -> {
                    Thread t = new Thread(r, "aws-s3-transfer-" + THREADS.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                })
                : null;
        try {
            List<Pending> pending = new ArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            for (FileStat f : files) {
                if (stop.get()) {
                    break;
                }
                if (executor.skipWithWarning(f)) {
                    continue;
                }
                String type = executor.type(f);
                String[] shown = executor.shown(f);
                if (dryRun) {
                    out.dryRun(type, shown[0], shown[1]);
                    continue;
                }
                Callable<String> work = () -> {
                    if (stop.get()) {
                        throw new CancellationException();
                    }
                    try {
                        return executor.attempt(f);
                    } catch (RuntimeException e) {
                        stop.set(true);
                        throw e;
                    }
                };
                Future<String> outcome;
                if (pool != null) {
                    outcome = pool.submit(work);
                } else {
                    FutureTask<String> task = new FutureTask<>(work);
                    task.run();
                    outcome = task;
                }
                pending.add(new Pending(f, type, shown, outcome));
            }
            for (Pending p : pending) {
                String failure = outcome(p.outcome());
                if (failure == null) {
                    out.success(p.type(), p.shown()[0], p.shown()[1]);
                } else {
                    out.failure(p.type(), p.shown()[0], p.shown()[1], failure);
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
                awaitQuietly(pool);
            }
        }
    }

    /** Lets transfers already on the wire finish, so nothing records into the command's trace afterwards. */
    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String outcome(Future<String> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new S3CommandException("Cancelled", "The transfer was interrupted.", null, 130);
        } catch (CancellationException e) {
            throw new S3CommandException("Cancelled", "The transfer was cancelled.", null, 130);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AwsMcpException) {
                throw (AwsMcpException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
