package io.opensdr.qualifier.domain;

import java.time.Clock;
import java.util.Optional;

/**
 * The qualifier's use cases: follow campaigns' qualification rules, and assess every found
 * prospect once. A prospect whose campaign is not known yet waits, parked, for its snapshot.
 */
public class QualificationService {

    private final CampaignRulesStore campaigns;
    private final AssessmentStore assessments;
    private final PendingProspects pending;
    private final BantScorer scorer;
    private final Clock clock;

    public QualificationService(CampaignRulesStore campaigns, AssessmentStore assessments, PendingProspects pending,
                                BantScorer scorer, Clock clock) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.pending = pending;
        this.scorer = scorer;
        this.clock = clock;
    }

    /** Keeps the newest rules, then assesses the prospects that were waiting for them. */
    public void applyCampaign(CampaignRules rules) {
        campaigns.save(rules);
        campaigns.find(rules.campaignId()).ifPresent(this::assessPending);
    }

    public void assessFound(Prospect prospect) {
        Optional<CampaignRules> rules = campaigns.find(prospect.campaignId());
        if (rules.isPresent()) {
            assess(prospect, rules.get());
            return;
        }
        pending.park(prospect);
        // The snapshot may have been stored between the look-up above and the parking, and
        // assessed the pending prospects before this one was among them: look again.
        campaigns.find(prospect.campaignId()).ifPresent(this::assessPending);
    }

    public Optional<DecisionSummary> summary(String campaignId) {
        return campaigns.find(campaignId).map(rules -> assessments.summarise(campaignId));
    }

    private void assessPending(CampaignRules rules) {
        for (Prospect waiting : pending.ofCampaign(rules.campaignId())) {
            assess(waiting, rules);
            pending.remove(waiting.prospectId());
        }
    }

    /** Assesses once: a prospect assessed before (a redelivery, a race) is left as it was. */
    private void assess(Prospect prospect, CampaignRules rules) {
        BantScores scores = scorer.score(prospect, rules);
        assessments.recordIfNew(Assessment.of(prospect, scores, rules.settings(), scorer.kind(), clock.instant()));
    }
}
