package io.opensdr.qualifier.domain;

import io.opensdr.qualifier.domain.AssessmentStore.ReweighResult;
import io.opensdr.qualifier.domain.AssessmentStore.Reweighing;
import io.opensdr.qualifier.domain.ScoreHistogram.DecisionCounts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The qualifier's use cases: follow campaigns' qualification rules, assess every found prospect
 * once, re-decide a campaign's prospects when its weights or thresholds change, and tell how many
 * prospects a threshold would qualify. A prospect whose campaign is not known yet waits, parked,
 * for its snapshot.
 */
public class QualificationService {

    private static final Logger log = LoggerFactory.getLogger(QualificationService.class);

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

    /**
     * Keeps the newest rules, assesses the prospects that were waiting for them, and re-decides the
     * campaign's prospects assessed under an older revision. Re-deciding weighs the stored
     * per-criterion scores with the new weights and applies the new threshold, review band and hot
     * score; a prospect whose decision or hot flag changes is announced again (a new
     * ProspectQualified). Every step is idempotent, so a redelivered snapshot, or one redelivered
     * after a crash half-way, completes the work without announcing anything twice.
     *
     * <p>A prospect already contacted (an EmailSent seen, {@link #markContacted}) keeps the decision
     * it was contacted on. When the campaign's target profile changed, the prospects are scored
     * again from their stored data instead of re-weighed.
     */
    public void applyCampaign(CampaignRules rules) {
        campaigns.save(rules);
        campaigns.find(rules.campaignId()).ifPresent(held -> {
            assessPending(held);
            reweigh(held);
        });
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

    /**
     * {@link #assessFound(Prospect)} for a poll's worth of prospects: the prospects of a known
     * campaign are scored and recorded in one write; those of a campaign not known yet are parked
     * one by one. Idempotent, like the single path: a prospect assessed before is left as it was.
     */
    public void assessFound(List<Prospect> prospects) {
        Map<String, List<Prospect>> byCampaign = new LinkedHashMap<>();
        for (Prospect prospect : prospects) {
            byCampaign.computeIfAbsent(prospect.campaignId(), id -> new ArrayList<>()).add(prospect);
        }
        byCampaign.forEach((campaignId, ofCampaign) -> {
            Optional<CampaignRules> rules = campaigns.find(campaignId);
            if (rules.isEmpty()) {
                ofCampaign.forEach(this::assessFound);
                return;
            }
            List<Assessment> assessed = new ArrayList<>(ofCampaign.size());
            for (Prospect prospect : ofCampaign) {
                assessed.add(assessmentOf(prospect, rules.get()));
            }
            assessments.recordAllIfNew(assessed);
        });
    }

    /** Outreach emailed the prospect: its decision no longer changes with the campaign's settings. */
    public void markContacted(String prospectId) {
        assessments.markContacted(prospectId);
    }

    /** Empty when the workspace has no such campaign (another workspace's is not told apart from none). */
    public Optional<DecisionSummary> summary(String workspaceId, String campaignId) {
        return campaignOf(workspaceId, campaignId).map(rules -> assessments.summarise(campaignId));
    }

    /** The campaign's settings and how many of its prospects have each total score; empty as {@link #summary}. */
    public Optional<ScoreDistribution> scoreDistribution(String workspaceId, String campaignId) {
        return campaignOf(workspaceId, campaignId).map(rules -> new ScoreDistribution(rules, assessments.histogram(campaignId)));
    }

    /** A campaign's rules, only when it belongs to the workspace: a campaign's prospects are its workspace's. */
    private Optional<CampaignRules> campaignOf(String workspaceId, String campaignId) {
        return campaigns.find(campaignId).filter(rules -> rules.workspaceId().equals(workspaceId));
    }

    /**
     * How many of the campaign's prospects would be QUALIFIED, REVIEW or REJECTED at this threshold,
     * with this review band or, when null, the campaign's own.
     */
    public Optional<DecisionCounts> preview(String workspaceId, String campaignId, int threshold, Integer reviewBand) {
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("threshold must be 0-100, not " + threshold);
        }
        if (reviewBand != null && (reviewBand < 0 || reviewBand > QualificationSettings.MAX_REVIEW_BAND)) {
            throw new IllegalArgumentException("reviewBand must be 0-" + QualificationSettings.MAX_REVIEW_BAND + ", not " + reviewBand);
        }
        return scoreDistribution(workspaceId, campaignId).map(distribution -> distribution.histogram().at(threshold,
                reviewBand != null ? reviewBand : distribution.rules().settings().reviewBand()));
    }

    private void assessPending(CampaignRules rules) {
        for (Prospect waiting : pending.ofCampaign(rules.campaignId())) {
            assess(waiting, rules);
            pending.remove(waiting.prospectId());
        }
    }

    private void reweigh(CampaignRules rules) {
        ReweighResult result = assessments.reweigh(rules.campaignId(), rules.revision(), previous -> {
            // New weights or thresholds re-weigh the stored criteria; a new target profile changes
            // what Need and Authority measure, so the prospect is scored again.
            Assessment next = previous.scoredAgainst(rules.targetProfile())
                    ? previous.reweighed(rules.settings(), rules.revision(), clock.instant())
                    : assessmentOf(previous.prospect(), rules);
            return new Reweighing(next, next.changesDecisionOf(previous));
        });
        if (result.reweighed() > 0) {
            log.info("Campaign {} revision {}: re-decided {} prospects, {} changed decision", rules.campaignId(),
                    rules.revision(), result.reweighed(), result.announced());
        }
    }

    /** Assesses once: a prospect assessed before (a redelivery, a race) is left as it was. */
    private void assess(Prospect prospect, CampaignRules rules) {
        assessments.recordIfNew(assessmentOf(prospect, rules));
    }

    private Assessment assessmentOf(Prospect prospect, CampaignRules rules) {
        return Assessment.of(prospect, scorer.assess(prospect, rules), rules, clock.instant());
    }

    public record ScoreDistribution(CampaignRules rules, ScoreHistogram histogram) {
    }
}
