package dev.awsmcp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsmcp.command.BoundCall;
import dev.awsmcp.command.GlobalOptions;
import java.nio.file.Path;

/** What the facade does with one parsed command; {@link CommandSource} adapts the parser's result to it. */
sealed interface Parsed permits Parsed.Call, Parsed.Wait, Parsed.Other, Parsed.Document {
    /** The command's global options. */
    GlobalOptions options();

    /** One API call (paginated when the operation has a paginator). */
    record Call(BoundCall call, Path outfile) implements Parsed {
        @Override
        public GlobalOptions options() {
            return call.options();
        }
    }

    /** {@code aws <service> wait <waiter>}: polls {@code call}. */
    record Wait(BoundCall call, String waiterName) implements Parsed {
        @Override
        public GlobalOptions options() {
            return call.options();
        }
    }

    /** A high-level command ({@code aws s3 cp}, {@code aws configure ...}) that this facade does not run. */
    record Other(String service, String subcommand, GlobalOptions options) implements Parsed {}

    /** A document to print without calling AWS ({@code --generate-cli-skeleton}). */
    record Document(JsonNode document, GlobalOptions options) implements Parsed {}
}
