package io.opensdr.outreach.domain;

import io.micrometer.core.instrument.Metrics;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every draft through the {@link DraftGuardrails}. With a language model: its draft, regenerated
 * once (told why the first was refused) when it answers something invalid or fails the
 * guardrails, and otherwise (or at once when
 * the call itself fails, its client's retries spent) the campaign's template, recording why in
 * {@link DraftContent#fallbackReason()}. Without one, the template. A template draft that fails the
 * guardrails is refused ({@link DraftNotWritableException}): the prospect waits for a corrected
 * template.
 */
public class GuardedDraftWriter implements DraftWriter {

    /** The model's first draft and one regeneration. */
    public static final int MODEL_ATTEMPTS = 2;
    static final int MAX_REASON_LENGTH = 500;

    private static final Logger log = LoggerFactory.getLogger(GuardedDraftWriter.class);

    private final LanguageModelDraftWriter languageModel;
    private final DraftWriter template;
    private final DraftGuardrails guardrails;

    /**
     * @param languageModel the model's writer, or null when no model is configured
     */
    public GuardedDraftWriter(LanguageModelDraftWriter languageModel, DraftWriter template, DraftGuardrails guardrails) {
        this.languageModel = languageModel;
        this.template = template;
        this.guardrails = guardrails;
    }

    @Override
    public DraftContent write(Campaign campaign, QualifiedProspect prospect) {
        String fallbackReason = null;
        if (languageModel != null) {
            String failure = null;
            for (int attempt = 1; attempt <= MODEL_ATTEMPTS; attempt++) {
                try {
                    DraftContent draft = languageModel.rewrite(campaign, prospect, failure);
                    List<String> problems = guardrails.check(draft, campaign, prospect);
                    if (problems.isEmpty()) {
                        return draft;
                    }
                    failure = "the draft failed the guardrails: " + String.join("; ", problems);
                } catch (InvalidDraftException invalid) {
                    failure = "invalid answer: " + invalid.getMessage();
                } catch (DraftNotWritableException broken) {
                    // The campaign itself is broken (e.g. its scheduler link): the template cannot do better.
                    throw broken;
                } catch (RuntimeException callFailed) {
                    // The client already retried: asking again would only double the wait.
                    failure = "the model call failed: " + describe(callFailed);
                    log.warn("Language-model draft for prospect {} failed, the template writes it: {}",
                            prospect.prospectId(), failure);
                    break;
                }
                log.info("Language-model draft {} of {} for prospect {} refused: {}", attempt, MODEL_ATTEMPTS,
                        prospect.prospectId(), failure);
            }
            fallbackReason = abbreviate(failure.startsWith("the model call failed") ? failure
                    : MODEL_ATTEMPTS + " drafts refused, the last: " + failure);
            Metrics.counter("opensdr.llm.fallbacks").increment();
        }
        DraftContent draft = template.write(campaign, prospect);
        List<String> problems = guardrails.check(draft, campaign, prospect);
        if (!problems.isEmpty()) {
            throw new DraftNotWritableException("The template's draft fails the guardrails: " + String.join("; ", problems));
        }
        return draft.withFallbackReason(fallbackReason);
    }

    private static String describe(RuntimeException failed) {
        Throwable cause = failed;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return failed.getClass().getSimpleName() + (cause != failed ? " (" + cause.getClass().getSimpleName() + ")" : "")
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH) + "…";
    }
}
