package io.opensdr.qualifier.domain;

/**
 * Scores a prospect's Budget, Authority, Need and Timeline for a campaign: by rules
 * ({@link RuleBasedBantScorer}), or by a language model that falls back to the rules
 * ({@link FallbackBantScorer}).
 */
public interface BantScorer {

    /** Who produces the scores of {@link #score}. */
    ScorerKind kind();

    BantScores score(Prospect prospect, CampaignRules campaign);

    /** The scores and who produced them; a scorer that can fall back says so here. */
    default ScoredBant assess(Prospect prospect, CampaignRules campaign) {
        return new ScoredBant(score(prospect, campaign), kind(), null);
    }
}
