package dev.awsmcp.suggest;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everyday verbs mapped to the verbs AWS operation names use: "retrieve" or "show" a thing is {@code get} or
 * {@code describe}, "remove" is {@code delete}, "launch" is {@code start} or {@code run}. General English, written
 * by hand; the map is symmetric where the meanings are (describe ↔ get). Keys and values are analysed (stemmed)
 * terms.
 */
final class VerbSynonyms {
    private static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("retrieve", List.of("get", "describe", "list")),
            Map.entry("fetch", List.of("get", "describe")),
            Map.entry("obtain", List.of("get", "describe")),
            Map.entry("show", List.of("describe", "get", "list")),
            Map.entry("view", List.of("describe", "get", "list")),
            Map.entry("display", List.of("describe", "get", "list")),
            Map.entry("see", List.of("describe", "get", "list")),
            Map.entry("check", List.of("describe", "get")),
            Map.entry("read", List.of("get", "describe")),
            Map.entry("return", List.of("get", "describe", "list")),
            Map.entry("lookup", List.of("get", "describe", "search")),
            Map.entry("find", List.of("list", "search", "describe", "get")),
            Map.entry("search", List.of("list", "describe")),
            Map.entry("query", List.of("search", "list", "describe", "get")),
            Map.entry("describe", List.of("get", "list")),
            Map.entry("get", List.of("describe", "list")),
            Map.entry("list", List.of("describe", "get")),
            Map.entry("remove", List.of("delete", "detach", "disassociate", "deregister")),
            Map.entry("erase", List.of("delete")),
            Map.entry("destroy", List.of("delete", "terminate")),
            Map.entry("drop", List.of("delete")),
            Map.entry("delete", List.of("remove")),
            Map.entry("add", List.of("create", "put", "attach", "associate", "register")),
            Map.entry("make", List.of("create")),
            Map.entry("new", List.of("create")),
            Map.entry("provision", List.of("create")),
            Map.entry("setup", List.of("create", "put")),
            Map.entry("create", List.of("put", "add")),
            Map.entry("modify", List.of("update", "put", "set")),
            Map.entry("change", List.of("update", "modify", "put", "set")),
            Map.entry("edit", List.of("update", "modify", "put")),
            Map.entry("alter", List.of("update", "modify")),
            Map.entry("configure", List.of("put", "update", "set", "modify")),
            Map.entry("set", List.of("put", "update", "modify")),
            Map.entry("update", List.of("modify", "put")),
            Map.entry("rename", List.of("update", "modify")),
            Map.entry("start", List.of("run")),
            Map.entry("launch", List.of("run", "start", "create")),
            Map.entry("begin", List.of("start")),
            Map.entry("run", List.of("start", "execute", "invoke")),
            Map.entry("execute", List.of("start", "run", "invoke")),
            Map.entry("call", List.of("invoke")),
            Map.entry("trigger", List.of("invoke", "start")),
            Map.entry("stop", List.of("terminate", "cancel")),
            Map.entry("halt", List.of("stop")),
            Map.entry("shutdown", List.of("stop")),
            Map.entry("terminate", List.of("stop", "delete")),
            Map.entry("kill", List.of("stop", "terminate")),
            Map.entry("end", List.of("stop", "terminate")),
            Map.entry("cancel", List.of("stop")),
            Map.entry("abort", List.of("cancel", "stop")),
            Map.entry("attach", List.of("associate")),
            Map.entry("associate", List.of("attach")),
            Map.entry("detach", List.of("disassociate")),
            Map.entry("disassociate", List.of("detach")),
            Map.entry("link", List.of("associate", "attach")),
            Map.entry("unlink", List.of("disassociate", "detach")),
            Map.entry("upload", List.of("put", "import")),
            Map.entry("download", List.of("get", "export")),
            Map.entry("restart", List.of("reboot")),
            Map.entry("reboot", List.of("restart")),
            Map.entry("grant", List.of("authorize", "add", "create")),
            Map.entry("allow", List.of("authorize", "add")),
            Map.entry("revoke", List.of("remove", "delete")),
            Map.entry("send", List.of("publish", "put")),
            Map.entry("publish", List.of("send", "put")),
            Map.entry("post", List.of("put", "send", "publish")),
            Map.entry("write", List.of("put")),
            Map.entry("store", List.of("put")),
            Map.entry("save", List.of("put")),
            Map.entry("duplicate", List.of("copy")),
            Map.entry("clone", List.of("copy")),
            Map.entry("turn", List.of("enable", "disable")),
            Map.entry("activate", List.of("enable")),
            Map.entry("deactivate", List.of("disable")),
            // switching a setting on or off is often an update of the thing's settings
            Map.entry("enable", List.of("update", "modify", "put")),
            Map.entry("disable", List.of("update", "modify", "put")),
            Map.entry("replace", List.of("update", "put", "modify")),
            Map.entry("register", List.of("create")),
            Map.entry("unregister", List.of("deregister")));

    /** Verb + object pairs that name one verb: "remove tags" is {@code untag}, "add tags" is {@code tag}. */
    private static final Map<String, List<String>> TAG_VERBS = Map.of(
            "untag", List.of("remove", "delete", "detach", "clear", "drop"),
            "tag", List.of("add", "apply", "attach", "assign", "set", "put", "create"));

    private final Map<String, Set<String>> byStem = new HashMap<>();
    private final Map<String, String> tagVerbs = new HashMap<>();
    private final String tagStem;

    VerbSynonyms(SuggestAnalyzer analyzer) {
        WORDS.forEach((word, targets) -> {
            for (String key : analyzer.terms(word)) {
                Set<String> set = byStem.computeIfAbsent(key, k -> new LinkedHashSet<>());
                for (String t : targets) {
                    set.addAll(analyzer.terms(t));
                }
                set.remove(key);
            }
        });
        TAG_VERBS.forEach((verb, words) -> words.forEach(w -> analyzer.terms(w).forEach(t -> tagVerbs.put(t, verb))));
        tagStem = analyzer.terms("tags").get(0);
    }

    /**
     * The operation verbs an analysed task term may stand for.
     *
     * @param stem an analysed term
     * @return other terms, empty when the term is no known verb
     */
    Set<String> of(String stem) {
        return byStem.getOrDefault(stem, Set.of());
    }

    /**
     * Whether a task is about tags ("list the tags of a queue"). Tagging operations name their object generically
     * ({@code tag-resource}, {@code list-tags-for-resource}), so such a task implies the word {@code resource}.
     *
     * @param terms the task's analysed terms
     * @return whether they mention tags
     */
    boolean aboutTags(List<String> terms) {
        return terms.contains(tagStem);
    }

    /**
     * Whether a task's verb is itself a tagging verb ("tag a queue", "untag a queue").
     *
     * @param verb the task's verb (analysed), or null
     * @return whether it is {@code tag} or {@code untag}
     */
    boolean isTagVerb(String verb) {
        return verb != null && TAG_VERBS.containsKey(verb);
    }

    /**
     * The operation verbs a task's verb stands for, given the rest of the task: "remove tags from ..." also means
     * {@code untag}.
     *
     * @param verb  the task's verb (analysed)
     * @param terms all the task's terms
     * @return other verbs, possibly empty
     */
    Set<String> of(String verb, List<String> terms) {
        String tagVerb = tagVerb(verb, terms);
        if (tagVerb == null) {
            return of(verb);
        }
        Set<String> out = new LinkedHashSet<>(of(verb));
        out.add(tagVerb);
        out.remove(verb);
        return out;
    }

    /**
     * The tagging verb a task's verb and object amount to: "remove tags" is exactly {@code untag}.
     *
     * @param verb  the task's verb (analysed)
     * @param terms all the task's terms
     * @return {@code tag}, {@code untag}, or null
     */
    String tagVerb(String verb, List<String> terms) {
        String tagVerb = tagVerbs.get(verb);
        return tagVerb != null && terms.contains(tagStem) ? tagVerb : null;
    }
}
