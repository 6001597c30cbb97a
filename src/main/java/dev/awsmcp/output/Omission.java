package dev.awsmcp.output;

/**
 * What {@link OutputBudget} left out of one place in the output.
 *
 * @param path  where, as a JMESPath-like path ({@code Reservations[0].Instances}; empty for the root)
 * @param kind  {@code items} (a list was cut to its first {@code kept} entries), {@code characters} (a long string
 *              was shortened to {@code kept} characters) or {@code value} (a whole value was replaced by a marker)
 * @param kept  how many items or characters remain
 * @param total how many there were
 */
public record Omission(String path, String kind, int kept, int total) {
    /** How many items or characters were dropped. */
    public int omitted() {
        return total - kept;
    }
}
