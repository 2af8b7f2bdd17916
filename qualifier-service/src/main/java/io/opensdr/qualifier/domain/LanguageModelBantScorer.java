package io.opensdr.qualifier.domain;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;

/**
 * BANT by a language model: the prospect's data and the campaign's target in, a JSON object with
 * the four criteria out. The answer is checked strictly, and anything else than exactly
 * {@code {"budget":{"score":0-100,"reason":"..."}, "authority":..., "need":..., "timeline":...}}
 * (an extra or missing key, a score out of range or not an integer, an empty, overlong or
 * control-character reason, text around the JSON) is refused with
 * {@link InvalidAssessmentException}.
 */
public class LanguageModelBantScorer implements BantScorer {

    public static final int MAX_REASON_LENGTH = 600;
    private static final List<String> CRITERIA = List.of("budget", "authority", "need", "timeline");
    private static final List<String> CRITERION_FIELDS = List.of("score", "reason");

    static final String INSTRUCTIONS = """
            You qualify B2B sales prospects on BANT for a sales-development team.
            Score each criterion from 0 to 100 from the evidence given, and give for each a short reason \
            (one or two sentences, at most 400 characters) that cites the evidence (numbers, titles, dates).
            Budget: can the company afford a purchase (size, revenue, recent funding).
            Authority: can this person decide or sponsor the purchase (seniority, function).
            Need: does the company fit the campaign's target (industry, size, country, growth signals).
            Timeline: is now a good moment (recency of funding, hiring, job change, activity).
            Say when a fact is unknown and score it cautiously.
            Answer with one JSON object and nothing else, exactly of this shape:
            {"budget":{"score":0,"reason":""},"authority":{"score":0,"reason":""},"need":{"score":0,"reason":""},"timeline":{"score":0,"reason":""}}""";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final LanguageModel model;
    private final Clock clock;

    public LanguageModelBantScorer(LanguageModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    @Override
    public ScorerKind kind() {
        return ScorerKind.LANGUAGE_MODEL;
    }

    /** Throws when the model fails or answers something that is not a valid assessment. */
    @Override
    public BantScores score(Prospect prospect, CampaignRules campaign) {
        return parse(model.complete(INSTRUCTIONS, describe(prospect, campaign)));
    }

    /** The prospect's data and the campaign's target, as the model reads them. */
    String describe(Prospect prospect, CampaignRules campaign) {
        Person person = prospect.person();
        Company company = prospect.company();
        TargetProfile target = campaign.targetProfile();
        StringBuilder text = new StringBuilder();
        text.append("Today: ").append(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).append('\n');
        text.append("Campaign target: sector ").append(orUnknown(target.sector()))
                .append("; industries ").append(target.industries().isEmpty() ? "any" : String.join(", ", target.industries().stream().sorted().toList()))
                .append("; company sizes ").append(target.companySizes().isEmpty() ? "any"
                        : String.join(", ", target.companySizes().stream().map(CompanySizeRange::label).toList()))
                .append("; countries ").append(target.countries().isEmpty() ? "any" : String.join(", ", target.countries().stream().sorted().toList()))
                .append("; titles ").append(target.titles().isEmpty() ? "any" : String.join(", ", target.titles()))
                .append('\n');
        text.append("Person: title ").append(orUnknown(person.title()))
                .append("; seniority ").append(person.seniority() == null ? "unknown" : person.seniority().name())
                .append("; country ").append(orUnknown(prospect.countryCode())).append('\n');
        text.append("Company: ").append(orUnknown(company.name()))
                .append("; industry ").append(orUnknown(company.industry()))
                .append("; employees ").append(company.employeeCount() == null ? "unknown" : company.employeeCount().toString())
                .append("; annual revenue USD ").append(company.annualRevenueUsd() == null ? "unknown" : company.annualRevenueUsd().toString())
                .append('\n');
        text.append("Signals:");
        if (prospect.signals().isEmpty()) {
            text.append(" none known");
        }
        for (Signal signal : prospect.signals()) {
            text.append("\n- ").append(signal.type().name()).append(" on ")
                    .append(LocalDate.ofInstant(signal.observedAt(), ZoneOffset.UTC)).append(": ").append(signal.detail());
        }
        return text.toString();
    }

    static BantScores parse(String answer) {
        if (answer == null || answer.isBlank()) {
            throw new InvalidAssessmentException("the model's answer is empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(answer.strip());
        } catch (JsonProcessingException e) {
            throw new InvalidAssessmentException("the model's answer is not one JSON object: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidAssessmentException("the model's answer is not a JSON object");
        }
        requireExactly(root, CRITERIA, "the answer");
        return new BantScores(criterion(root, "budget"), criterion(root, "authority"), criterion(root, "need"),
                criterion(root, "timeline"));
    }

    private static CriterionScore criterion(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (!node.isObject()) {
            throw new InvalidAssessmentException(name + " is not an object");
        }
        requireExactly(node, CRITERION_FIELDS, name);
        JsonNode score = node.get("score");
        if (!score.isIntegralNumber() || !score.canConvertToInt()) {
            throw new InvalidAssessmentException(name + ".score is not an integer: " + abbreviate(score.toString()));
        }
        int value = score.intValue();
        if (value < 0 || value > 100) {
            throw new InvalidAssessmentException(name + ".score is out of 0-100: " + value);
        }
        JsonNode reason = node.get("reason");
        if (!reason.isTextual() || reason.textValue().isBlank()) {
            throw new InvalidAssessmentException(name + ".reason is missing or empty");
        }
        String text = reason.textValue().strip();
        if (text.length() > MAX_REASON_LENGTH) {
            throw new InvalidAssessmentException(name + ".reason is longer than " + MAX_REASON_LENGTH + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidAssessmentException(name + ".reason holds control characters");
        }
        return new CriterionScore(value, text);
    }

    private static void requireExactly(JsonNode node, List<String> fields, String what) {
        for (String field : fields) {
            if (!node.has(field) || node.get(field).isNull()) {
                throw new InvalidAssessmentException(what + " lacks " + field);
            }
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new InvalidAssessmentException(what + " has an unexpected field " + abbreviate(name));
            }
        }
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unknown" : value;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
