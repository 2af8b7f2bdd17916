package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "No",
            "no.",
            "NO!\n\nOn Tue, 3 Mar 2026 at 09:00, Sales <sales@opensdr.example> wrote:\n> Hi Claire,\n> Shall we talk?",
            "Stop",
            "Please remove me from your list.",
            "Not interested, please take me off your mailing list. Thanks",
            "Unsubscribe",
            "Do not contact me again.",
            "Non merci",
            "Pas intéressé.",
            "Merci de ne plus me contacter.",
            "Ne me contactez plus s'il vous plaît",
            "Nein danke",
            "Bitte kontaktieren Sie mich nicht mehr.",
            "No me interesa",
            "Por favor, no me contacte más."})
    void shouldRecogniseAnObjection(String reply) {
        assertThat(Objections.isObjection(reply)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "No problem, let's talk on Tuesday at 10.",
            "Yes, happy to chat. How about Thursday?",
            "Not right now, but try me again in September.",
            "Thanks! I forwarded this to our head of sales.",
            "Sounds good\n\nOn Tue, 3 Mar 2026, Sales wrote:\n> Reply no if you are not interested, or remove me anytime",
            "Bonjour, oui avec plaisir, mardi ?",
            "-- \nsent from my phone"})
    void shouldNotTakeAnOrdinaryReplyForAnObjection(String reply) {
        assertThat(Objections.isObjection(reply)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void shouldNotTakeAnEmptyReplyForAnObjection(String reply) {
        assertThat(Objections.isObjection(reply)).isFalse();
        assertThat(Objections.isObjection(null)).isFalse();
    }
}
