package dev.awsmcp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON mapper the subcommands share. A holder of its own, so that listing the subcommands ({@link Main}) does
 * not initialise Jackson: {@code serve} builds its own mapper, and {@code --help} needs none.
 */
final class CliJson {
    /** Default Jackson settings. */
    static final ObjectMapper JSON = new ObjectMapper();

    private CliJson() {}
}
