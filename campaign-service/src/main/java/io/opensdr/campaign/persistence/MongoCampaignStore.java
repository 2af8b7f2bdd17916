package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.Campaign;
import io.opensdr.campaign.domain.CampaignSettings;
import io.opensdr.campaign.domain.CampaignStatus;
import io.opensdr.campaign.domain.CampaignStore;
import io.opensdr.campaign.domain.EmailTemplate;
import io.opensdr.campaign.domain.MeetingAvailability;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.QualificationSettings;
import io.opensdr.campaign.domain.SenderIdentity;
import io.opensdr.campaign.domain.SendingWindow;
import io.opensdr.campaign.domain.TargetProfile;
import io.opensdr.campaign.messaging.CampaignSnapshotMapper;
import io.opensdr.kit.outbox.Outbox;
import io.opensdr.kit.outbox.OutboxEntry;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Campaigns in MongoDB. Each write carries the campaign's new snapshot in the document's outbox
 * (one single-document write: no transaction needed), and a change only applies to the revision
 * it was computed from (optimistic concurrency).
 */
@Repository
class MongoCampaignStore implements CampaignStore {

    private final MongoTemplate mongo;
    private final CampaignSnapshotMapper snapshots;

    MongoCampaignStore(MongoTemplate mongo, CampaignSnapshotMapper snapshots) {
        this.mongo = mongo;
        this.snapshots = snapshots;
    }

    @Override
    public void insert(Campaign campaign) {
        List<OutboxEntry> outbox = campaign.publishable() ? List.of(OutboxEntry.of(snapshots.toSnapshot(campaign))) : List.of();
        mongo.insert(toDocument(campaign, outbox));
    }

    @Override
    public boolean replace(Campaign previous, Campaign next) {
        Query atPreviousRevision = query(where("_id").is(previous.id())
                .and("workspaceId").is(previous.workspaceId())
                .and("revision").is(previous.revision()));
        CampaignDocument state = toDocument(next, null);
        Update update = new Update()
                .set("name", state.name())
                .set("sector", state.sector())
                .set("status", state.status())
                .set("targetProfile", state.targetProfile())
                .set("emailTemplate", state.emailTemplate())
                .set("meeting", state.meeting())
                .set("threshold", state.threshold())
                .set("source", state.source())
                .set("qualification", state.qualification())
                .set("dailyProspectQuota", state.dailyProspectQuota())
                .set("sending", state.sending())
                .set("sender", state.sender())
                .set("revision", state.revision())
                .set("launchedAt", state.launchedAt())
                .set("updatedAt", state.updatedAt());
        if (next.publishable()) {
            // An unfinished setup concerns only its workspace: its first snapshot is the complete campaign.
            Outbox.record(update, snapshots.toSnapshot(next));
        }
        return mongo.updateFirst(atPreviousRevision, update, CampaignDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<Campaign> find(String workspaceId, String campaignId) {
        Query query = withoutOutbox(query(where("_id").is(campaignId).and("workspaceId").is(workspaceId)));
        return Optional.ofNullable(mongo.findOne(query, CampaignDocument.class)).map(MongoCampaignStore::toCampaign);
    }

    @Override
    public List<Campaign> list(String workspaceId) {
        Query query = withoutOutbox(query(where("workspaceId").is(workspaceId)).with(Sort.by(Sort.Direction.DESC, "createdAt")));
        return mongo.find(query, CampaignDocument.class).stream().map(MongoCampaignStore::toCampaign).toList();
    }

    private static Query withoutOutbox(Query query) {
        query.fields().exclude(OutboxEntry.FIELD);
        return query;
    }

    private static CampaignDocument toDocument(Campaign campaign, List<OutboxEntry> outbox) {
        CampaignSettings settings = campaign.settings();
        TargetProfile target = settings.targetProfile();
        MeetingAvailability meeting = settings.meeting();
        return new CampaignDocument(
                campaign.id(),
                campaign.workspaceId(),
                settings.name(),
                settings.sector(),
                campaign.status().name(),
                target == null ? null : new CampaignDocument.TargetProfileDocument(target.titles(), target.seniorities(),
                        target.companySizes(), target.industries(), target.countries()),
                settings.emailTemplate() == null ? null : new CampaignDocument.EmailTemplateDocument(
                        settings.emailTemplate().subject(), settings.emailTemplate().body(), campaign.templateApproved()),
                meeting == null ? null : new CampaignDocument.MeetingDocument(meeting.days().stream().map(DayOfWeek::name).toList(),
                        meeting.startHour(), meeting.endHour(), meeting.timeZone().getId(), meeting.schedulerLink()),
                settings.threshold(),
                settings.source().name(),
                toDocument(settings.qualification()),
                settings.dailyProspectQuota(),
                toDocument(settings.sending()),
                settings.sender() == null ? null : new CampaignDocument.SenderDocument(settings.sender().fromEmail(),
                        settings.sender().fromName(), settings.sender().dailyCap()),
                campaign.revision(),
                campaign.createdAt(),
                campaign.launchedAt(),
                campaign.updatedAt(),
                outbox);
    }

    private static CampaignDocument.SendingDocument toDocument(SendingWindow sending) {
        return new CampaignDocument.SendingDocument(sending.days().stream().map(DayOfWeek::name).toList(),
                sending.startHour(), sending.endHour(), sending.timeZone() == null ? null : sending.timeZone().getId(),
                sending.dailyCap());
    }

    private static SendingWindow toSending(CampaignDocument.SendingDocument stored) {
        if (stored == null) {
            return SendingWindow.defaults();
        }
        return new SendingWindow(stored.days().stream().map(DayOfWeek::valueOf).toList(), stored.startHour(),
                stored.endHour(), stored.timeZone() == null ? null : ZoneId.of(stored.timeZone()), stored.dailyCap());
    }

    private static CampaignDocument.QualificationDocument toDocument(QualificationSettings qualification) {
        return new CampaignDocument.QualificationDocument(qualification.threshold(), qualification.reviewBand(),
                qualification.hotScore(), qualification.budgetWeight(), qualification.authorityWeight(),
                qualification.needWeight(), qualification.timelineWeight());
    }

    private static QualificationSettings toQualification(CampaignDocument document) {
        CampaignDocument.QualificationDocument stored = document.qualification();
        if (stored == null) {
            return QualificationSettings.withThreshold(document.threshold());
        }
        return new QualificationSettings(stored.threshold(), stored.reviewBand(), stored.hotScore(),
                stored.budgetWeight(), stored.authorityWeight(), stored.needWeight(), stored.timelineWeight());
    }

    private static Campaign toCampaign(CampaignDocument document) {
        CampaignDocument.TargetProfileDocument target = document.targetProfile();
        CampaignDocument.MeetingDocument meeting = document.meeting();
        CampaignDocument.EmailTemplateDocument template = document.emailTemplate();
        CampaignDocument.SenderDocument sender = document.sender();
        CampaignSettings settings = new CampaignSettings(
                document.name(),
                document.sector(),
                target == null ? null : new TargetProfile(target.titles(), target.seniorities(), target.companySizes(),
                        target.industries(), target.countries()),
                template == null ? null : new EmailTemplate(template.subject(), template.body()),
                meeting == null ? null : new MeetingAvailability(meeting.days().stream().map(DayOfWeek::valueOf).toList(),
                        meeting.startHour(), meeting.endHour(), ZoneId.of(meeting.timeZone()), meeting.schedulerLink()),
                document.source() == null ? CampaignSettings.DEFAULT_SOURCE : ProspectSource.valueOf(document.source()),
                toQualification(document),
                document.dailyProspectQuota(),
                toSending(document.sending()),
                sender == null ? null : new SenderIdentity(sender.fromEmail(), sender.fromName(), sender.dailyCap()));
        return new Campaign(document.id(), document.workspaceId(), settings, CampaignStatus.valueOf(document.status()),
                template != null && template.approved(), document.revision(), document.createdAt(), document.launchedAt(),
                document.updatedAt());
    }
}
