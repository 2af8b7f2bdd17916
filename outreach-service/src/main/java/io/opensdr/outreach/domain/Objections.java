package io.opensdr.outreach.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a reply that objects to being contacted ("no", "stop", "remove me", in English,
 * French, German and Spanish), as the compliance footer invites: such a reply suppresses the
 * address for the whole workspace, like an unsubscribe. Only the reply's own words are read
 * (the quoted email below them is cut off), and only a short answer or an explicit request
 * counts, so that "no problem, let's talk Tuesday" is a reply and not an objection.
 */
public final class Objections {

    /** A whole answer that is an objection by itself. */
    private static final Set<String> WHOLE_ANSWERS = Set.of(
            "no", "non", "nein", "stop", "unsubscribe", "remove", "remove me", "no thanks", "no thank you",
            "not interested", "please remove me", "pas interesse", "non merci", "desinscription", "desabonnement",
            "kein interesse", "nicht interessiert", "nein danke", "abmelden", "no gracias", "no me interesa", "baja");

    /** A request that is an objection wherever it appears in the answer. */
    private static final List<Pattern> REQUESTS = List.of(
            Pattern.compile("\\b(remove|take) me (off|from)\\b"),
            Pattern.compile("\\bunsubscribe me\\b"),
            Pattern.compile("\\b(stop|quit) (emailing|contacting|writing to) me\\b"),
            Pattern.compile("\\bdo not (contact|email) me\\b"),
            Pattern.compile("\\bdon t (contact|email) me\\b"),
            Pattern.compile("\\bne (plus )?me (contactez|recontactez|ecrivez) plus\\b"),
            Pattern.compile("\\bne plus me contacter\\b"),
            Pattern.compile("\\bretirez moi\\b"),
            Pattern.compile("\\bkontaktieren sie mich nicht\\b"),
            Pattern.compile("\\bno me (contacte|contacten|escriba|escriban)\\b"));

    /** Where a mail client starts quoting the email answered. */
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "^(on .+ wrote:|le .+ a ecrit :?|am .+ schrieb .+:|el .+ escribio:|-+ ?original message ?-+|from: .+)$");

    private static final int MAX_SHORT_ANSWER = 60;

    private Objections() {
    }

    public static boolean isObjection(String replyText) {
        String own = ownWords(replyText);
        if (own.isEmpty()) {
            return false;
        }
        if (own.length() <= MAX_SHORT_ANSWER && WHOLE_ANSWERS.contains(own)) {
            return true;
        }
        return REQUESTS.stream().anyMatch(request -> request.matcher(own).find());
    }

    /** The reply's own words, lower case, without accents, punctuation, quoted text or signature. */
    static String ownWords(String replyText) {
        if (replyText == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String raw : replyText.split("\\R")) {
            String line = plain(raw).strip();
            if (raw.stripLeading().startsWith(">") || QUOTE_HEADER.matcher(line).matches() || raw.equals("-- ")) {
                break;
            }
            lines.add(line);
        }
        return String.join(" ", lines).replaceAll("[^\\p{L}\\p{N} ]+", " ").replaceAll("\\s+", " ").strip();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('’', '\'')
                .replace("'", " ").toLowerCase(Locale.ROOT);
    }
}
