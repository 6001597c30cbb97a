package dev.awsmcp.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsmcp.model.Shape;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * The output stage: what the AWS CLI v2 prints for an operation's response. Pure and thread-safe; build once and
 * share.
 *
 * <pre>{@code
 * OutputFormatter out = CliOutput.create();
 * JsonNode json = out.toCliJson(operation.output(), decoded, "query");
 * String text = out.render(out.query(json, "Reservations[].Instances[].InstanceId"), "text", "DescribeInstances");
 * }</pre>
 */
public final class CliOutput implements OutputFormatter {
    /** Terminal width the CLI assumes when stdout is not a terminal; wider tables are drawn vertically. */
    public static final int DEFAULT_TERMINAL_WIDTH = 80;

    private final CliJsonConverter converter;
    private final QueryEngine queries;
    private final int terminalWidth;

    private CliOutput(Builder b) {
        this.converter = new CliJsonConverter(new CliTimestamps(b.timestampFormat, b.localZone));
        this.queries = new QueryEngine(b.queryCacheSize);
        this.terminalWidth = b.terminalWidth;
    }

    /** An output stage with the CLI v2 defaults: ISO 8601 timestamps in the system time zone, 80 columns. */
    public static CliOutput create() {
        return builder().build();
    }

    /** A builder for non-default settings. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JsonNode toCliJson(Shape outputShape, ObjectNode output) {
        return converter.convert(outputShape, output, null);
    }

    @Override
    public JsonNode toCliJson(Shape outputShape, ObjectNode output, String protocol) {
        return converter.convert(outputShape, output, protocol);
    }

    @Override
    public JsonNode toCliDocument(JsonNode document) {
        return converter.document(document);
    }

    @Override
    public JsonNode query(JsonNode json, String expression) {
        return queries.query(json, expression);
    }

    @Override
    public String render(JsonNode json, String format, String title) {
        String f = format == null ? "json" : format.trim().toLowerCase(Locale.ROOT);
        switch (f) {
            case "json":
                return isEmptyResponse(json) ? "" : PythonJsonWriter.write(json) + "\n";
            case "yaml":
                return isEmptyResponse(json) ? "" : yaml(json);
            case "yaml-stream":
                return json == null ? "" : YamlEmitter.document(JsonNodeFactory.instance.arrayNode().add(json));
            case "text":
                return json == null ? "" : TextRenderer.render(json);
            case "table":
                return json == null ? "" : TableRenderer.render(json, title == null ? "" : title, terminalWidth);
            case "off":
                return "";
            default:
                throw new OutputException("InvalidOutputFormat",
                        "Unknown --output format '" + format + "'.",
                        "Use one of: json, yaml, yaml-stream, text, table, off.");
        }
    }

    private static String yaml(JsonNode json) {
        if (json.isObject() || json.isArray()) {
            return YamlEmitter.document(json);
        }
        // The CLI's YAML dumper writes a bare scalar as JSON, which is valid YAML without a document end marker.
        return PythonJsonWriter.asciiScalar(json) + "\n";
    }

    /** The CLI prints nothing for an operation without output ({@code {}}), but prints {@code []} and {@code null}. */
    private static boolean isEmptyResponse(JsonNode json) {
        return json == null || json.isMissingNode() || (json.isObject() && json.isEmpty());
    }

    /** Settings of a {@link CliOutput}. */
    public static final class Builder {
        private TimestampFormat timestampFormat = TimestampFormat.ISO8601;
        private ZoneId localZone = ZoneId.systemDefault();
        private int terminalWidth = DEFAULT_TERMINAL_WIDTH;
        private int queryCacheSize = 512;

        private Builder() {
        }

        /**
         * {@code cli_timestamp_format}.
         *
         * @param format iso8601 (default) or wire
         * @return this builder
         */
        public Builder timestampFormat(TimestampFormat format) {
            this.timestampFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * {@code cli_timestamp_format} as written in the config file.
         *
         * @param value {@code iso8601}, {@code wire} or {@code none}
         * @return this builder
         * @throws OutputException for any other value
         */
        public Builder timestampFormat(String value) {
            this.timestampFormat = TimestampFormat.fromConfig(value);
            return this;
        }

        /**
         * The zone epoch-second timestamps are shown in (the CLI uses the machine's local zone).
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder localZone(ZoneId zone) {
            this.localZone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Width above which {@code table} output turns single-row sections vertical.
         *
         * @param columns at least 10
         * @return this builder
         * @throws IllegalArgumentException when smaller than 10
         */
        public Builder terminalWidth(int columns) {
            if (columns < 10) {
                throw new IllegalArgumentException("terminalWidth must be at least 10, was " + columns);
            }
            this.terminalWidth = columns;
            return this;
        }

        /**
         * How many compiled {@code --query} expressions to keep.
         *
         * @param size at least 1
         * @return this builder
         * @throws IllegalArgumentException when smaller than 1
         */
        public Builder queryCacheSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("queryCacheSize must be at least 1, was " + size);
            }
            this.queryCacheSize = size;
            return this;
        }

        /** Builds the output stage. */
        public CliOutput build() {
            return new CliOutput(this);
        }
    }
}
