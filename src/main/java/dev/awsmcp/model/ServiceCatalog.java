package dev.awsmcp.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The catalog of bundled AWS services. Listing services and operation names reads only the small index; a
 * {@link ServiceModel} is parsed on first use and kept in a bounded cache (loading all ~427 models costs
 * about 290 MB of heap, so that never happens on start-up).
 *
 * <pre>{@code
 * ServiceCatalog catalog = ServiceCatalog.bundled();
 * ServiceModel ec2 = catalog.model("ec2").orElseThrow();
 * Operation op = ec2.operationByCliName("describe-instances").orElseThrow();
 * }</pre>
 */
public final class ServiceCatalog {
    /** Default number of parsed models kept in memory. */
    public static final int DEFAULT_MAX_MODELS = 64;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile ServiceCatalog bundled;

    private final ModelDataSource source;
    private final Map<String, ServiceSummary> byCliName;
    private final Map<String, ServiceSummary> byName;
    private final List<ServiceSummary> services;
    private final LoadingCache<String, ServiceModel> models;

    private ServiceCatalog(ModelDataSource source, int maxModels) {
        this.source = source;
        JsonNode index = readJson("index.json.gz")
                .orElseThrow(() -> new IllegalStateException("service-models/index.json.gz is missing from the data source"));
        Map<String, ServiceSummary> cli = new TreeMap<>();
        Map<String, ServiceSummary> names = new TreeMap<>();
        index.fields().forEachRemaining(e -> {
            JsonNode s = e.getValue();
            ServiceSummary summary = new ServiceSummary(e.getKey(), s.path("cli").asText(), ModelParser.text(s, "apiVersion"),
                    ModelParser.text(s, "protocol"), ModelParser.strings(s.path("protocols")), ModelParser.text(s, "serviceId"),
                    ModelParser.text(s, "fullName"), ModelParser.text(s, "endpointPrefix"), ModelParser.text(s, "signingName"),
                    ModelParser.strings(s.path("files")), ModelParser.strings(s.path("operations")));
            cli.put(summary.cliName(), summary);
            names.put(summary.name(), summary);
        });
        this.byCliName = Collections.unmodifiableMap(cli);
        this.byName = Collections.unmodifiableMap(names);
        List<ServiceSummary> list = new ArrayList<>(cli.values());
        list.sort(Comparator.comparing(ServiceSummary::cliName));
        this.services = List.copyOf(list);
        this.models = Caffeine.newBuilder().maximumSize(maxModels).build(this::load);
    }

    /**
     * The catalog over the data bundled in the jar, shared by the whole JVM.
     *
     * @return the shared catalog
     */
    public static ServiceCatalog bundled() {
        ServiceCatalog c = bundled;
        if (c == null) {
            synchronized (ServiceCatalog.class) {
                c = bundled;
                if (c == null) {
                    bundled = c = new ServiceCatalog(ModelDataSource.classpath(), DEFAULT_MAX_MODELS);
                }
            }
        }
        return c;
    }

    /**
     * A catalog over another data source.
     *
     * @param source    where the gzipped files live
     * @param maxModels how many parsed models to keep; at least 1
     * @return a new catalog
     * @throws IllegalArgumentException when {@code maxModels < 1}
     */
    public static ServiceCatalog of(ModelDataSource source, int maxModels) {
        if (maxModels < 1) {
            throw new IllegalArgumentException("maxModels must be at least 1, was " + maxModels);
        }
        return new ServiceCatalog(source, maxModels);
    }

    /** All services, sorted by CLI name. */
    public List<ServiceSummary> services() {
        return services;
    }

    /** CLI service names, sorted. */
    public java.util.Set<String> cliNames() {
        return byCliName.keySet();
    }

    /**
     * A service by CLI name ({@code s3api}, {@code deploy}).
     *
     * @param cliName the AWS CLI command name
     * @return the summary, or empty
     */
    public Optional<ServiceSummary> byCliName(String cliName) {
        return Optional.ofNullable(byCliName.get(cliName));
    }

    /**
     * A service by botocore name ({@code s3}, {@code codedeploy}).
     *
     * @param name the botocore service name
     * @return the summary, or empty
     */
    public Optional<ServiceSummary> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The parsed model of a service named by CLI name (or, failing that, botocore name).
     *
     * @param cliOrModelName {@code ec2}, {@code s3api}, {@code s3}, ...
     * @return the model, or empty for an unknown service
     * @throws UncheckedIOException when the bundled data cannot be read
     */
    public Optional<ServiceModel> model(String cliOrModelName) {
        ServiceSummary s = byCliName.get(cliOrModelName);
        if (s == null) {
            s = byName.get(cliOrModelName);
        }
        return s == null ? Optional.empty() : Optional.of(models.get(s.name()));
    }

    /**
     * The parsed model of a listed service.
     *
     * @param summary a summary from this catalog
     * @return the model
     */
    public ServiceModel model(ServiceSummary summary) {
        return models.get(summary.name());
    }

    /** Total number of operations over all services (from the index). */
    public int operationCount() {
        return services.stream().mapToInt(s -> s.operations().size()).sum();
    }

    /**
     * Reads a gzipped JSON data file, e.g. {@code partitions.json.gz} or {@code iam/access-levels.json.gz}.
     * Not cached: callers keep what they need.
     *
     * @param relativePath path below the data root
     * @return the parsed tree, or empty when the file does not exist
     * @throws UncheckedIOException when the file exists but is unreadable
     */
    public Optional<JsonNode> readJson(String relativePath) {
        try (InputStream raw = source.open(relativePath)) {
            if (raw == null) {
                return Optional.empty();
            }
            try (InputStream in = new GZIPInputStream(raw, 64 * 1024)) {
                return Optional.of(JSON.readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled model data " + relativePath, e);
        }
    }

    private ServiceModel load(String name) {
        ServiceSummary summary = byName.get(name);
        JsonNode root = readJson("services/" + name + "/service-2.json.gz")
                .orElseThrow(() -> new IllegalStateException("no bundled model for service " + name));
        ServiceModel.SideFiles side = file -> summary.hasFile(file)
                ? readJson("services/" + name + "/" + file + ".gz")
                : Optional.empty();
        return ModelParser.parse(summary, root, side);
    }
}
