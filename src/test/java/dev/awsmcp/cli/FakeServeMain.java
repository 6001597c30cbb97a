package dev.awsmcp.cli;

import dev.awsmcp.mcp.FakeAwsMcp;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * {@code aws-mcp serve} with the scripted {@link FakeAwsMcp} instead of the real pipeline: what the end-to-end tests
 * and the start-up bench launch as a subprocess. Usage: {@code FakeServeMain serve [options]}.
 */
public final class FakeServeMain {
    private FakeServeMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !args[0].equals("serve")) {
            System.err.println("usage: FakeServeMain serve [options]");
            System.exit(252);
        }
        ServeCommand serve = new ServeCommand((config, policy, audit, status) -> new FakeAwsMcp(config.readOnly()), System.getenv());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int code = serve.run(List.of(Arrays.copyOfRange(args, 1, args.length)), System.in, out, System.err);
        System.exit(code);
    }
}
