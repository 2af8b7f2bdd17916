package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void shouldNameTheLedgerEntryInAnRfc5322MessageId() {
        String messageId = MessageIds.next("prospect-42:1");

        assertThat(messageId).matches("<prospect-42-1\\.[0-9a-f]{32}@opensdr\\.local>");
    }

    @Test
    void shouldBeUniqueForEveryAttempt() {
        assertThat(MessageIds.next("prospect-42:1")).isNotEqualTo(MessageIds.next("prospect-42:1"));
    }

    @Test
    void shouldReplaceCharactersThatAreNotAllowedInADotAtom() {
        assertThat(MessageIds.next("a b.c@d:1")).startsWith("<a-b-c-d-1.");
    }
}
