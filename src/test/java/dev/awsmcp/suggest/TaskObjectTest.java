package dev.awsmcp.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a task's object ends and its context begins. */
class TaskObjectTest {
    private final SuggestAnalyzer analyzer = new SuggestAnalyzer();

    private int head(String task, int verbAt) {
        return TaskObject.headTerms(analyzer, task, verbAt, analyzer.terms(task).size());
    }

    @Test
    void theObjectEndsAtTheFirstPrepositionPastTheVerb() {
        assertThat(head("Create a VPC with a CIDR from an IPAM pool", 0)).isEqualTo(2); // create, vpc
    }

    @Test
    void ofAndToDoNotEndTheObject() {
        assertThat(head("Create a copy of a snapshot", 0)).isEqualTo(3); // create, copy, snapshot
        assertThat(head("Send a message to a queue", 0)).isEqualTo(3); // send, message, queue
    }

    @Test
    void aPrepositionRightAfterTheVerbIsPartOfTheObject() {
        // "in" directly after the verb cannot end an object that has no word yet
        assertThat(head("Check in a package for a user", 0)).isEqualTo(2); // check, package
    }
}
