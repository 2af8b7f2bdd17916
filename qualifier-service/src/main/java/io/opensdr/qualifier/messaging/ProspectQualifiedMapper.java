package io.opensdr.qualifier.messaging;

import io.opensdr.events.BuyingSignal;
import io.opensdr.events.Contact;
import io.opensdr.events.CriterionScore;
import io.opensdr.events.ProspectQualified;
import io.opensdr.events.QualificationDecision;
import io.opensdr.events.Scorer;
import io.opensdr.events.SignalType;
import io.opensdr.qualifier.domain.Assessment;
import io.opensdr.qualifier.domain.Prospect;
import io.opensdr.qualifier.domain.Signal;
import java.time.temporal.ChronoUnit;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Announces an assessment, with the contact and the buying signals outreach needs to write to the prospect. */
public final class ProspectQualifiedMapper {

    private ProspectQualifiedMapper() {
    }

    /**
     * The first announcement of a prospect's assessment, with an id derived from the prospect's:
     * an attempt to record it that was interrupted, and the redelivered ProspectFound that
     * completes it, announce it under the same id ({@code OutboxInserts.insertNewAnnounced}).
     */
    public static ProspectQualified toFirstEvent(Assessment assessment) {
        return ProspectQualified.newBuilder(toEvent(assessment)).setEventId(firstEventId(assessment.prospect().prospectId())).build();
    }

    static UUID firstEventId(String prospectId) {
        return UUID.nameUUIDFromBytes(("ProspectQualified/first/" + prospectId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The announcement of a re-decision under a newer revision of the campaign's rules, with an id
     * derived from the prospect's and the revision's: a re-decision interrupted between its event
     * and its update, and the redelivered snapshot that completes it, announce it under the same id
     * ({@code AnnouncedUpdates}).
     */
    public static ProspectQualified toReDecisionEvent(Assessment assessment) {
        return ProspectQualified.newBuilder(toEvent(assessment))
                .setEventId(reDecisionEventId(assessment.prospect().prospectId(), assessment.rulesRevision())).build();
    }

    public static UUID reDecisionEventId(String prospectId, long revision) {
        return UUID.nameUUIDFromBytes(("ProspectQualified/revision/" + revision + "/" + prospectId).getBytes(StandardCharsets.UTF_8));
    }

    public static ProspectQualified toEvent(Assessment assessment) {
        Prospect prospect = assessment.prospect();
        return ProspectQualified.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(assessment.assessedAt().truncatedTo(ChronoUnit.MILLIS))
                .setWorkspaceId(prospect.workspaceId())
                .setCampaignId(prospect.campaignId())
                .setProspectId(prospect.prospectId())
                .setContact(Contact.newBuilder()
                        .setFirstName(prospect.person().firstName())
                        .setLastName(prospect.person().lastName())
                        // The contract: no email unless it is usable, so nobody mails a doubtful one.
                        .setEmail(assessment.contactable() ? prospect.person().email() : null)
                        .setTitle(prospect.person().title())
                        .setCompanyName(prospect.company().name())
                        .setCompanyDomain(prospect.company().domain())
                        .setIndustry(prospect.company().industry())
                        .setTimeZone(prospect.person().timeZone())
                        .build())
                .setTotalScore(assessment.totalScore())
                .setBudget(criterion(assessment.scores().budget()))
                .setAuthority(criterion(assessment.scores().authority()))
                .setNeed(criterion(assessment.scores().need()))
                .setTimeline(criterion(assessment.scores().timeline()))
                .setThreshold(assessment.threshold())
                .setDecision(QualificationDecision.valueOf(assessment.decision().name()))
                .setHot(assessment.hot())
                .setContactable(assessment.contactable())
                .setScoredBy(Scorer.valueOf(assessment.scoredBy().name()))
                .setFallbackReason(assessment.fallbackReason())
                .setSignals(prospect.signals().stream().map(ProspectQualifiedMapper::signal).toList())
                .build();
    }

    private static BuyingSignal signal(Signal signal) {
        return BuyingSignal.newBuilder()
                .setType(SignalType.valueOf(signal.type().name()))
                .setObservedAt(signal.observedAt().truncatedTo(ChronoUnit.MILLIS))
                .setDetail(signal.detail())
                .build();
    }

    private static CriterionScore criterion(io.opensdr.qualifier.domain.CriterionScore score) {
        return CriterionScore.newBuilder().setScore(score.score()).setReason(score.reason()).build();
    }
}
