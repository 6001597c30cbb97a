package dev.awsmcp.policy;

import dev.awsmcp.model.AccessLevel;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The labelled last resort: a guess at the access level from the operation name's leading verb. Used only for the
 * few operations neither the data nor the reviewed overrides place; the result always says {@code heuristic}.
 */
final class NameHeuristic {
    private static final List<String> LIST_VERBS = List.of("List");
    private static final List<String> READ_VERBS = List.of("Describe", "Get", "BatchGet", "BatchDescribe", "Search",
            "Lookup", "Head", "View");
    private static final List<String> WRITE_VERBS = List.of("Create", "Delete", "Put", "Update", "Modify", "Start",
            "Stop", "Terminate", "Send", "Remove", "Add", "Attach", "Detach", "Associate", "Disassociate", "Enable",
            "Disable", "Register", "Deregister", "Reset", "Restore", "Cancel", "Tag", "Untag", "Set", "Run", "Invoke",
            "Import", "Export", "Execute", "Reboot", "Accept", "Reject", "Copy", "Upload", "Publish", "Replace",
            "Revoke", "Authorize", "Grant", "Allow", "Apply", "Purge", "Batch", "Notify", "Approve", "Close", "Open",
            "Rotate", "Renew", "Request", "Submit", "Move", "Merge", "Promote", "Assign", "Unassign", "Activate",
            "Deactivate", "Change", "Claim", "Complete", "Confirm", "Connect", "Disconnect", "Provision", "Release",
            "Resume", "Pause", "Retry", "Rollback", "Schedule", "Sign", "Subscribe", "Unsubscribe", "Sync", "Test",
            "Transfer", "Verify", "Write", "Respond", "Drain", "Mount", "Unmount", "Install", "Uninstall", "Upgrade",
            "Login", "Logout", "Signal", "Share", "Unshare", "Link", "Unlink", "Migrate", "Initiate", "Trigger");
    /** Names of operations that hand out secrets, whatever their verb. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(Credential|Token|Password|Secret|AccessKey|AuthCode|PresignedUrl|SignedUrl|LoginUrl|KeyPair|ApiKey)");

    /** A guess: the level and whether the name suggests secrets. */
    record Guess(AccessLevel level, boolean sensitive, String verb) {}

    private NameHeuristic() {}

    static Optional<Guess> guess(String operation) {
        boolean secret = SECRET_NAME.matcher(operation).find();
        String verb;
        if ((verb = leading(operation, LIST_VERBS)) != null) {
            return Optional.of(new Guess(AccessLevel.LIST, secret, verb));
        }
        if ((verb = leading(operation, READ_VERBS)) != null) {
            return Optional.of(new Guess(AccessLevel.READ, secret, verb));
        }
        if ((verb = leading(operation, WRITE_VERBS)) != null) {
            return Optional.of(new Guess(AccessLevel.WRITE, secret, verb));
        }
        return Optional.empty();
    }

    /** The verb the name starts with, as a whole word (Get matches GetThing, not Getaway). */
    private static String leading(String name, List<String> verbs) {
        String best = null;
        for (String v : verbs) {
            if (name.startsWith(v) && (name.length() == v.length() || !Character.isLowerCase(name.charAt(v.length())))
                    && (best == null || v.length() > best.length())) {
                best = v;
            }
        }
        return best;
    }
}
