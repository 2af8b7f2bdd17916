package io.opensdr.outreach.domain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A first email written by a language model from the prospect's data and the campaign: personal
 * context (company, role and the signal that made them qualify), the value proposition of the
 * campaign's approved template in one line, and a soft call to action. The model answers exactly
 * {@code {"subject":"...","body":"..."}}; anything else (text around the JSON, another or a missing
 * key, a non-string, control characters, a body of a few words) is refused with
 * {@link InvalidDraftException}. The model writes no link, no signature and no footer: the system
 * adds the booking link and the sender's name under the body (and later the compliance footer),
 * so that neither can be mistyped.
 */
public class LanguageModelDraftWriter implements DraftWriter {

    public static final int MIN_BODY_WORDS = 20;
    /** The signals the model is shown, most recent first. */
    static final int MAX_SIGNALS = 5;
    private static final List<String> FIELDS = List.of("subject", "body");

    static final String INSTRUCTIONS = """
            You write the first cold email from a B2B salesperson to one prospect, to be reviewed by a human before it is sent.
            Write in the language of the campaign's approved template.
            The email has three parts, in plain text:
            1. Personal context, one or two sentences: greet the prospect by first name, name their company and role, and \
            mention the most recent signal given (if any), quoting its facts exactly.
            2. The value proposition in one sentence, taken from the campaign's approved template. Make no other claim.
            3. A soft call to action, one question: would a short call be useful. The booking link is added by the system \
            on the line right after your body: you may refer to "the link below", never write a URL.
            Use only the facts given: no other number, name, company, customer, product, result, amount or event. Never \
            write a placeholder ([Name], {{firstName}}, <company>). No signature, no sign-off, no footer, no unsubscribe text. \
            No exclamation marks, no words in capitals, no spam words (free, guarantee, act now, limited time, discount).
            Subject: under 50 characters, no exclamation mark. Body: 50 to 120 words.
            Answer with one JSON object and nothing else, exactly of this shape: {"subject":"","body":""}""";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final LanguageModel model;

    public LanguageModelDraftWriter(LanguageModel model) {
        this.model = model;
    }

    /** Throws when the model fails (the adapter's exception) or answers something that is not a draft. */
    @Override
    public DraftContent write(Campaign campaign, QualifiedProspect prospect) {
        return rewrite(campaign, prospect, null);
    }

    /**
     * A draft again, told why the previous one was refused so that the model can avoid it.
     *
     * @param refusal what was wrong with the previous draft; null for a first draft
     */
    public DraftContent rewrite(Campaign campaign, QualifiedProspect prospect, String refusal) {
        Optional<String> bookingLink = BookingLink.of(campaign, prospect);
        String input = describe(campaign, prospect, bookingLink.isPresent());
        if (refusal != null && !refusal.isBlank()) {
            input += "\n\nYour previous draft was refused: " + refusal + ". Write a new one that avoids this.";
        }
        DraftContent answer = parse(model.complete(INSTRUCTIONS, input));
        StringBuilder body = new StringBuilder(answer.body());
        bookingLink.ifPresent(link -> body.append("\n\n").append(link));
        String sender = campaign.sender().name();
        if (sender != null && !sender.isBlank()) {
            body.append("\n\n").append(sender.strip());
        }
        return new DraftContent(answer.subject(), body.toString(), DraftGenerator.LANGUAGE_MODEL);
    }

    /** The prospect's data and the campaign, as the model reads them. */
    static String describe(Campaign campaign, QualifiedProspect prospect, boolean hasBookingLink) {
        Contact contact = prospect.contact();
        StringBuilder text = new StringBuilder();
        text.append("Prospect: first name ").append(orUnknown(contact.firstName()))
                .append("; last name ").append(orUnknown(contact.lastName()))
                .append("; role ").append(orUnknown(contact.title()))
                .append("; company ").append(orUnknown(contact.companyName()))
                .append("; company domain ").append(orUnknown(contact.companyDomain()))
                .append("; industry ").append(orUnknown(contact.industry())).append('\n');
        text.append("Signals (most recent first):");
        List<BuyingSignal> signals = prospect.signals().stream()
                .sorted(Comparator.comparing(BuyingSignal::observedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(MAX_SIGNALS).toList();
        if (signals.isEmpty()) {
            text.append(" none known; do not mention any event");
        }
        for (BuyingSignal signal : signals) {
            text.append("\n- ").append(signal.type().name());
            if (signal.observedAt() != null) {
                text.append(" on ").append(LocalDate.ofInstant(signal.observedAt(), ZoneOffset.UTC));
            }
            text.append(": ").append(signal.detail());
        }
        text.append('\n');
        text.append("Campaign: ").append(orUnknown(campaign.name())).append("; sector ").append(orUnknown(campaign.sector()))
                .append('\n');
        text.append("Sender: ").append(orUnknown(campaign.sender().name())).append('\n');
        text.append("Booking link: ").append(hasBookingLink ? "added by the system after your body"
                : "none; ask the prospect to reply instead").append('\n');
        text.append("The campaign's approved template (the value proposition and tone to follow; ")
                .append("{{...}} fields stand for the data above, never write them):\n")
                .append("Subject: ").append(campaign.template().subject()).append('\n')
                .append(campaign.template().body());
        return text.toString();
    }

    static DraftContent parse(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new InvalidDraftException("the model's answer is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(answer.strip());
        } catch (JsonProcessingException e) {
            throw new InvalidDraftException("the model's answer is not one JSON object: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidDraftException("the model's answer is not a JSON object");
        }
        for (String field : FIELDS) {
            if (!root.has(field) || root.get(field).isNull()) {
                throw new InvalidDraftException("the answer lacks " + field);
            }
            if (!root.get(field).isTextual() || root.get(field).textValue().isBlank()) {
                throw new InvalidDraftException(field + " is not a non-empty string");
            }
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidDraftException("the answer has an unexpected field " + abbreviate(name));
            }
        }
        String subject = root.get("subject").textValue().strip();
        String body = root.get("body").textValue().strip().replace("\r\n", "\n");
        if (subject.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidDraftException("subject holds control characters or line breaks");
        }
        if (body.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InvalidDraftException("body holds control characters");
        }
        long words = body.split("\\s+").length;
        if (words < MIN_BODY_WORDS) {
            throw new InvalidDraftException("body has " + words + " words, fewer than " + MIN_BODY_WORDS);
        }
        return new DraftContent(subject, body, DraftGenerator.LANGUAGE_MODEL);
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unknown" : value.strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
