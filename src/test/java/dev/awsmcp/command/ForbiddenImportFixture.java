package dev.awsmcp.command;

import dev.awsmcp.mcp.AwsMcpServer;

/** A pipeline-stage class that uses a front door: ArchitectureTest checks that the rules report it. */
public final class ForbiddenImportFixture {
    private ForbiddenImportFixture() {}

    static Object frontDoor() {
        return AwsMcpServer.class;
    }
}
