package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AutoRepliesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Auto-Submitted | auto-replied",
            "Auto-Submitted | auto-generated",
            "X-Autoreply | yes",
            "X-Autorespond | Out of office",
            "Precedence | auto_reply",
            "Precedence | bulk",
            "Precedence | junk"})
    void shouldTellAnAutomaticAnswerByItsHeaders(String header, String value) {
        assertThat(AutoReplies.reason(message("Re: Acme and faster deliveries", Map.of(header, value)))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Out of Office: Acme and faster deliveries",
            "Automatic reply: Acme and faster deliveries",
            "AutoReply: I am away until Monday",
            "Réponse automatique : Acme et des livraisons plus rapides",
            "Absence du bureau",
            "Message d’absence",
            "Abwesenheitsnotiz: Acme",
            "Automatische Antwort: Acme",
            "Nicht im Büro",
            "Respuesta automática: Acme",
            "Fuera de la oficina"})
    void shouldTellAnOutOfOfficeByItsSubjectInFourLanguages(String subject) {
        assertThat(AutoReplies.reason(message(subject, Map.of()))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Re: Acme and faster deliveries", "RE: Let's talk on Wednesday", "AW: Acme", "Re: Acme"})
    void shouldTakeAnOrdinaryReplyForAPersons(String subject) {
        assertThat(AutoReplies.reason(message(subject, Map.of("Auto-Submitted", "no", "Precedence", "first-class")))).isEmpty();
    }

    private static InboundMessage message(String subject, Map<String, String> headers) {
        return new InboundMessage("sales@opensdr.example", "1:1", "<m@acme.example>", "claire@acme.example", subject,
                List.of(), List.of(), headers, Instant.EPOCH);
    }
}
