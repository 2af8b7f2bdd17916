package io.opensdr.qualifier.domain;

/**
 * Scores a prospect's Budget, Authority, Need and Timeline for a campaign. Rules first
 * ({@link RuleBasedBantScorer}); a language-model scorer can come beside it later.
 */
public interface BantScorer {

    ScorerKind kind();

    BantScores score(Prospect prospect, CampaignRules campaign);
}
