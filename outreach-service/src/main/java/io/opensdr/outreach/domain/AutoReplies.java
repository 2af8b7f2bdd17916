package io.opensdr.outreach.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells automatic answers (out-of-office notices, vacation responders, ticket acknowledgements)
 * from a person's reply: by the headers RFC 3834 and the common responders set, and else by the
 * usual subjects in English, French, German and Spanish.
 */
public final class AutoReplies {

    /** Lower-case, accents removed. */
    private static final List<String> SUBJECTS = List.of(
            // English
            "out of office", "out of the office", "automatic reply", "auto reply", "auto-reply", "autoreply",
            "auto response", "auto-response", "autoresponse", "away from the office", "away from my desk",
            "on vacation", "on holiday", "on leave", "i am away", "i'm away", "currently away",
            // French
            "reponse automatique", "message d'absence", "absence du bureau", "absent du bureau", "absente du bureau",
            "hors du bureau", "en conge", "en vacances", "absent(e)", "je suis absent", "absence",
            // German
            "abwesenheit", "automatische antwort", "nicht im buro", "nicht im buero", "ausser haus", "auser haus",
            "im urlaub", "urlaubsabwesenheit", "abwesend",
            // Spanish
            "fuera de la oficina", "fuera de oficina", "respuesta automatica", "ausente", "ausencia",
            "de vacaciones", "mensaje de ausencia");

    private AutoReplies() {
    }

    /** @return why the message is automatic, or empty for what looks like a person's reply */
    public static Optional<String> reason(InboundMessage message) {
        String autoSubmitted = message.header("Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.trim().toLowerCase(Locale.ROOT).startsWith("no")) {
            return Optional.of("Auto-Submitted: " + autoSubmitted.trim());
        }
        if (message.header("X-Autoreply") != null) {
            return Optional.of("X-Autoreply");
        }
        if (message.header("X-Autorespond") != null) {
            return Optional.of("X-Autorespond");
        }
        String precedence = message.header("Precedence");
        if (precedence != null) {
            String value = precedence.trim().toLowerCase(Locale.ROOT);
            if (value.equals("auto_reply") || value.equals("bulk") || value.equals("junk")) {
                return Optional.of("Precedence: " + value);
            }
        }
        String subject = normalise(message.subject());
        return SUBJECTS.stream().filter(subject::contains).findFirst().map(match -> "subject: " + match);
    }

    private static String normalise(String subject) {
        if (subject == null) {
            return "";
        }
        String lower = subject.toLowerCase(Locale.ROOT).replace('ß', 's').replace('’', '\'');
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
