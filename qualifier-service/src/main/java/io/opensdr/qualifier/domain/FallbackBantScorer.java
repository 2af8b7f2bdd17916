package io.opensdr.qualifier.domain;

import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the language model first and falls back to the rules when the model fails, times out or
 * answers something invalid; the result says which scorer produced it and, after a fall-back, why.
 */
public class FallbackBantScorer implements BantScorer {

    private static final Logger log = LoggerFactory.getLogger(FallbackBantScorer.class);

    private final BantScorer preferred;
    private final BantScorer fallback;

    public FallbackBantScorer(BantScorer preferred, BantScorer fallback) {
        this.preferred = preferred;
        this.fallback = fallback;
    }

    @Override
    public ScorerKind kind() {
        return preferred.kind();
    }

    @Override
    public BantScores score(Prospect prospect, CampaignRules campaign) {
        return assess(prospect, campaign).scores();
    }

    @Override
    public ScoredBant assess(Prospect prospect, CampaignRules campaign) {
        try {
            return new ScoredBant(preferred.score(prospect, campaign), preferred.kind(), null);
        } catch (RuntimeException failed) {
            String reason = reasonOf(failed);
            // Not an error of this service: the prospect is still scored, by the rules.
            log.warn("{} scoring of prospect {} failed, scored by {} instead: {}", preferred.kind(),
                    prospect.prospectId(), fallback.kind(), reason);
            Metrics.counter("opensdr.llm.fallbacks").increment();
            return new ScoredBant(fallback.score(prospect, campaign), fallback.kind(), reason);
        }
    }

    private static String reasonOf(RuntimeException failed) {
        Throwable cause = failed;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = failed instanceof InvalidAssessmentException ? failed.getMessage()
                : failed.getClass().getSimpleName() + (cause != failed ? " (" + cause.getClass().getSimpleName() + ")" : "")
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return message.length() <= 300 ? message : message.substring(0, 300) + "…";
    }
}
