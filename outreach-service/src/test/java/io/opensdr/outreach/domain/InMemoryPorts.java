package io.opensdr.outreach.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The domain's ports in memory, with the same contracts as the MongoDB adapters (which the
 * integration test exercises), so that the application services can be tested alone.
 */
final class InMemoryPorts {

    private InMemoryPorts() {
    }

    static class Campaigns implements CampaignStore {
        final Map<String, Campaign> byId = new LinkedHashMap<>();

        @Override
        public boolean saveIfNewer(Campaign campaign) {
            Campaign held = byId.get(campaign.id());
            if (held != null && held.revision() >= campaign.revision()) {
                return false;
            }
            byId.put(campaign.id(), campaign);
            return true;
        }

        @Override
        public Optional<Campaign> find(String campaignId) {
            return Optional.ofNullable(byId.get(campaignId));
        }

        @Override
        public List<Campaign> sending() {
            return byId.values().stream().filter(Campaign::isSending).toList();
        }
    }

    static class Drafts implements DraftStore {
        final Map<String, Draft> byId = new LinkedHashMap<>();
        /** The EmailDrafted events that would have been recorded, one per stored draft. */
        final List<Draft> announced = new ArrayList<>();

        @Override
        public boolean insertIfAbsent(Draft draft) {
            if (byId.putIfAbsent(draft.draftId(), draft) != null) {
                return false;
            }
            announced.add(draft);
            return true;
        }

        @Override
        public boolean exists(String draftId) {
            return byId.containsKey(draftId);
        }
    }

    static class Parked implements ParkedQualifications {
        final Map<String, QualifiedProspect> byProspect = new LinkedHashMap<>();
        final Map<String, String> reasons = new LinkedHashMap<>();

        @Override
        public void park(QualifiedProspect prospect, String reason) {
            byProspect.put(prospect.prospectId(), prospect);
            reasons.put(prospect.prospectId(), reason);
        }

        @Override
        public List<QualifiedProspect> forCampaign(String campaignId) {
            return byProspect.values().stream().filter(p -> p.campaignId().equals(campaignId)).toList();
        }

        @Override
        public void remove(String prospectId) {
            byProspect.remove(prospectId);
            reasons.remove(prospectId);
        }
    }

    static class Ledger implements SendLedger {
        final Map<String, LedgerEntry> byId = new LinkedHashMap<>();
        /** The EmailSent events that would have been recorded. */
        final List<LedgerEntry> announcedSent = new ArrayList<>();

        @Override
        public boolean recordApproved(LedgerEntry entry) {
            return byId.putIfAbsent(entry.id(), entry) == null;
        }

        @Override
        public boolean cancel(String entryId, String reason) {
            LedgerEntry entry = byId.get(entryId);
            if (entry == null || entry.status() != LedgerStatus.APPROVED) {
                return false;
            }
            byId.put(entryId, with(entry, LedgerStatus.CANCELED, entry.messageId(), entry.mailbox(), entry.attempts(),
                    reason, entry.attemptedAt(), null, entry.transport(), null));
            return true;
        }

        @Override
        public long countHandedOverSince(String campaignId, Instant since) {
            return byId.values().stream().filter(e -> e.campaignId().equals(campaignId) && handedOverSince(e, since))
                    .count();
        }

        @Override
        public boolean prospectEmailedSince(String prospectId, String exceptEntryId, Instant since) {
            return byId.values().stream().anyMatch(e -> e.prospectId().equals(prospectId)
                    && !e.id().equals(exceptEntryId) && handedOverSince(e, since));
        }

        private static boolean handedOverSince(LedgerEntry e, Instant since) {
            return (e.status() == LedgerStatus.SENDING || e.status() == LedgerStatus.SENT)
                    && e.attemptedAt() != null && !e.attemptedAt().isBefore(since);
        }

        @Override
        public List<LedgerEntry> approved(String campaignId, int limit) {
            return byId.values().stream()
                    .filter(e -> e.campaignId().equals(campaignId) && e.status() == LedgerStatus.APPROVED)
                    .sorted(Comparator.comparing(LedgerEntry::approvedAt)).limit(limit).toList();
        }

        @Override
        public Optional<LedgerEntry> claim(String entryId, String messageId, String mailbox,
                                           MailTransport.Kind transport, Instant attemptedAt) {
            LedgerEntry entry = byId.get(entryId);
            if (entry == null || entry.status() != LedgerStatus.APPROVED) {
                return Optional.empty();
            }
            LedgerEntry claimed = with(entry, LedgerStatus.SENDING, messageId, mailbox, entry.attempts() + 1,
                    entry.lastError(), attemptedAt, null, transport, null);
            byId.put(entryId, claimed);
            return Optional.of(claimed);
        }

        @Override
        public Optional<LedgerEntry> find(String entryId) {
            return Optional.ofNullable(byId.get(entryId));
        }

        @Override
        public boolean markSent(LedgerEntry sending, MailTransport.Kind transport, String providerMessageId,
                                Instant sentAt) {
            if (!isThisAttempt(sending)) {
                return false;
            }
            LedgerEntry sent = with(sending, LedgerStatus.SENT, sending.messageId(), sending.mailbox(),
                    sending.attempts(), null, sending.attemptedAt(), sentAt, transport, providerMessageId);
            byId.put(sending.id(), sent);
            announcedSent.add(sent);
            return true;
        }

        private boolean isThisAttempt(LedgerEntry sending) {
            LedgerEntry held = byId.get(sending.id());
            return held != null && held.status() == LedgerStatus.SENDING
                    && java.util.Objects.equals(held.messageId(), sending.messageId());
        }

        @Override
        public void releaseForRetry(LedgerEntry sending, String reason) {
            byId.put(sending.id(), with(sending, LedgerStatus.APPROVED, sending.messageId(), sending.mailbox(),
                    sending.attempts(), reason, sending.attemptedAt(), null, sending.transport(), null));
        }

        @Override
        public void markFailed(LedgerEntry sending, String reason) {
            byId.put(sending.id(), with(sending, LedgerStatus.FAILED, sending.messageId(), sending.mailbox(),
                    sending.attempts(), reason, sending.attemptedAt(), null, sending.transport(), null));
        }

        @Override
        public LedgerSummary summary(String campaignId, Instant stuckIfAttemptedBefore) {
            Map<LedgerStatus, Long> counts = new EnumMap<>(LedgerStatus.class);
            for (LedgerStatus status : LedgerStatus.values()) {
                counts.put(status, byId.values().stream()
                        .filter(e -> e.campaignId().equals(campaignId) && e.status() == status).count());
            }
            long stuck = stuckInSending(stuckIfAttemptedBefore, Integer.MAX_VALUE).stream()
                    .filter(e -> e.campaignId().equals(campaignId)).count();
            return new LedgerSummary(campaignId, counts, stuck);
        }

        @Override
        public List<LedgerEntry> stuckInSending(Instant attemptedBefore, int limit) {
            return byId.values().stream()
                    .filter(e -> e.status() == LedgerStatus.SENDING && e.attemptedAt().isBefore(attemptedBefore))
                    .limit(limit).toList();
        }

        private static LedgerEntry with(LedgerEntry e, LedgerStatus status, String messageId, String mailbox,
                                        int attempts, String lastError, Instant attemptedAt, Instant sentAt,
                                        MailTransport.Kind transport, String providerMessageId) {
            return new LedgerEntry(e.id(), e.prospectId(), e.step(), e.draftId(), e.campaignId(), e.workspaceId(),
                    e.recipientEmail(), e.recipientName(), e.subject(), e.body(), status, messageId, mailbox,
                    attempts, lastError, e.approvedAt(), attemptedAt, sentAt, transport, providerMessageId,
                    e.recipientTimeZone());
        }
    }

    static class MailboxesInMemory implements Mailboxes {
        final Map<String, MailboxUsage> byMailbox = new LinkedHashMap<>();

        @Override
        public MailboxUsage usageOf(String mailbox) {
            return byMailbox.getOrDefault(mailbox, MailboxUsage.unused(mailbox));
        }

        @Override
        public boolean recordSend(MailboxUsage seen, MailboxUsage next) {
            if (usageOf(seen.mailbox()).version() != seen.version()) {
                return false;
            }
            byMailbox.put(next.mailbox(), next);
            return true;
        }
    }

    /** A transport that records what it was given, and can be told to refuse. */
    static class RecordingTransport implements MailTransport {
        final List<OutgoingEmail> accepted = new ArrayList<>();
        final List<OutgoingEmail> refused = new ArrayList<>();
        final Kind kind;
        boolean refuse;
        boolean refusePermanently;
        /** Runs inside send, before the email is accepted (e.g. a pause arriving meanwhile). */
        Runnable duringSend = () -> { };

        RecordingTransport() {
            this(Kind.SMTP);
        }

        RecordingTransport(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }

        @Override
        public String send(OutgoingEmail email) {
            duringSend.run();
            if (refuse || refusePermanently) {
                refused.add(email);
                throw new MailDeliveryException("550 mailbox unavailable", null, !refusePermanently);
            }
            accepted.add(email);
            return kind == Kind.SENDGRID ? "sg-" + accepted.size() : email.messageId();
        }
    }

    /** A sender mailbox's copies, as the IMAP adapter would find them. */
    static class SentCopiesInMemory implements SentCopies {
        final java.util.Set<String> messageIds = new java.util.HashSet<>();
        boolean unreachable;

        @Override
        public Lookup find(String mailbox, String messageId) {
            if (unreachable) {
                return Lookup.UNKNOWN;
            }
            return messageIds.contains(messageId) ? Lookup.FOUND : Lookup.NOT_FOUND;
        }
    }

    /** Engagements in memory: unique by providerEventId when there is one, like the MongoDB adapter. */
    static class EngagementsInMemory implements Engagements {
        final List<Engagement> recorded = new ArrayList<>();

        @Override
        public boolean record(Engagement engagement) {
            if (engagement.providerEventId() != null && recorded.stream()
                    .anyMatch(e -> engagement.providerEventId().equals(e.providerEventId()))) {
                return false;
            }
            recorded.add(engagement);
            return true;
        }

        @Override
        public boolean hasReplied(String prospectId) {
            return recorded.stream().anyMatch(e -> e.prospectId().equals(prospectId) && e.kind() == EngagementKind.REPLIED);
        }

        List<Engagement> of(String prospectId) {
            return recorded.stream().filter(e -> e.prospectId().equals(prospectId)).toList();
        }
    }

    /** The suppression list in memory: normalised addresses, the first reason kept. */
    static class SuppressionsInMemory implements SuppressionList {
        final Map<String, SuppressionReason> byWorkspaceAndAddress = new LinkedHashMap<>();

        @Override
        public boolean isSuppressed(String workspaceId, String email) {
            return byWorkspaceAndAddress.containsKey(key(workspaceId, email));
        }

        @Override
        public void suppress(String workspaceId, String email, SuppressionReason reason, String detail) {
            byWorkspaceAndAddress.putIfAbsent(key(workspaceId, email), reason);
        }

        SuppressionReason reasonFor(String workspaceId, String email) {
            return byWorkspaceAndAddress.get(key(workspaceId, email));
        }

        private static String key(String workspaceId, String email) {
            return workspaceId + "|" + email.trim().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The ledger as tracking reads it. */
    static class SentEmailsInMemory implements SentEmails {
        final Map<String, SentEmail> byId = new LinkedHashMap<>();

        SentEmail add(SentEmail email) {
            byId.put(email.emailId(), email);
            return email;
        }

        @Override
        public Optional<SentEmail> byId(String emailId) {
            return Optional.ofNullable(byId.get(emailId));
        }

        @Override
        public Optional<SentEmail> byMessageId(String messageId) {
            return byId.values().stream().filter(e -> messageId.equals(e.messageId())).findFirst();
        }

        @Override
        public List<String> senderMailboxes() {
            return byId.values().stream().map(SentEmail::mailbox).distinct().sorted().toList();
        }
    }

    /** Unsubscribe links that name their recipient plainly, so a test can tell whose link a footer carries. */
    static class PlainUnsubscribeLinks implements UnsubscribeLinks {

        @Override
        public String linkFor(String workspaceId, String prospectId, String email) {
            return "https://sdr.example/api/outreach/unsubscribe/" + workspaceId + "." + prospectId;
        }
    }
}
