package dev.awsmcp.suggest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Where a task's object ends: a command's name is its verb and object ("create a VPC"); what follows the first
 * preposition ("with a CIDR from an IPAM pool") is context, which the command's parameters hold.
 */
final class TaskObject {
    /**
     * Prepositions that end an object and begin its context (general English). "of" does not ("a copy of a
     * snapshot"), nor "to" (also the infinitive: "keys available to sign tokens").
     */
    static final Set<String> PREPOSITIONS = Set.of("with", "from", "in", "into", "on", "onto", "using", "by", "for",
            "without", "within", "across", "under", "at", "between", "via", "through");

    private TaskObject() {}

    /**
     * How many of the task's analysed terms come before its first preposition past the verb and one more word.
     *
     * @param analyzer the index's analyzer
     * @param task     free text
     * @param verbAt   the verb's position among the task's raw words, or -1
     * @param all      the number of the task's analysed terms, returned when there is no preposition
     * @return the number of leading terms that are the verb and its object
     */
    static int headTerms(SuggestAnalyzer analyzer, String task, int verbAt, int all) {
        String[] words = task.split("[^A-Za-z0-9]+");
        for (int i = Math.max(0, verbAt) + 2; i < words.length; i++) { // the object has at least one word
            if (PREPOSITIONS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return analyzer.terms(String.join(" ", Arrays.copyOfRange(words, 0, i))).size();
            }
        }
        return all;
    }
}
