package dev.awsmcp.sop;

import java.util.Objects;

/**
 * The {@code retrieve_agent_sop} tool (also offered as {@code retrieve_skill}, the managed server's newer name):
 * without a name, the list of SOPs as {@code name : description} lines; with a name, the full SOP.
 */
public final class AgentSopTools {
    /** The tool name. */
    public static final String TOOL_NAME = "retrieve_agent_sop";
    /** The alias the managed AWS MCP server uses now. */
    public static final String ALIAS_TOOL_NAME = "retrieve_skill";
    /** A description for the MCP tool listing. */
    public static final String DESCRIPTION = "Retrieve an Agent SOP: a tested, step-by-step runbook for a common AWS task "
            + "(launch EC2 safely, secure S3 buckets, debug Lambda timeouts, audit security groups, ...). Call without "
            + "sop_name for the list (name : description); call with a name for the full SOP, then follow its steps "
            + "and constraints, replacing ${parameters} with real values.";

    private final SopLibrary library;

    /**
     * @param library the SOPs to serve
     */
    public AgentSopTools(SopLibrary library) {
        this.library = Objects.requireNonNull(library, "library");
    }

    /**
     * The list, or one SOP.
     *
     * @param sopName an SOP name, or null/blank for the list
     * @return {@code name : description} lines, or the SOP's Markdown
     * @throws SopException ({@link SopException#UNKNOWN}) for an unknown name, naming the closest ones
     */
    public String retrieveAgentSop(String sopName) {
        if (sopName == null || sopName.isBlank()) {
            return listing();
        }
        return library.get(sopName).markdown();
    }

    /**
     * Same as {@link #retrieveAgentSop(String)}, under the name {@value #ALIAS_TOOL_NAME}.
     *
     * @param skillName an SOP name, or null/blank for the list
     * @return the list or the SOP
     * @throws SopException for an unknown name
     */
    public String retrieveSkill(String skillName) {
        return retrieveAgentSop(skillName);
    }

    private String listing() {
        StringBuilder sb = new StringBuilder();
        for (Sop sop : library.list()) {
            sb.append(sop.name()).append(" : ").append(sop.description()).append('\n');
        }
        if (!library.problems().isEmpty()) {
            sb.append("\nSome SOP files were not loaded because they are malformed:\n");
            library.problems().forEach(p -> sb.append("- ").append(p).append('\n'));
        }
        return sb.toString();
    }
}
