package io.opensdr.outreach.domain;

import static io.opensdr.outreach.domain.ApprovedEmailMother.anApprovedEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProviderEventsTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/120.0 Safari/537.36";

    private final InMemoryPorts.SentEmailsInMemory sent = new InMemoryPorts.SentEmailsInMemory();
    private final InMemoryPorts.EngagementsInMemory engagements = new InMemoryPorts.EngagementsInMemory();
    private final InMemoryPorts.SuppressionsInMemory suppressions = new InMemoryPorts.SuppressionsInMemory();
    private final InMemoryPorts.Ledger ledger = new InMemoryPorts.Ledger();
    private final ProviderEvents events = new ProviderEvents(sent, engagements, suppressions, new SendReconciliation(ledger));

    private final SentEmail claire = sent.add(new SentEmail("p-1:1", "workspace-1", "c-1", "p-1",
            "claire@acme.example", "<p-1-1.abc@opensdr.local>", "sales@opensdr.example", "Hello"));

    @Test
    void shouldRecordADeliveryOnceWhateverTheRedeliveries() {
        assertThat(events.handle(event("sg-1", "delivered"))).isEqualTo(ProviderEvents.Outcome.RECORDED);
        assertThat(events.handle(event("sg-1", "delivered"))).isEqualTo(ProviderEvents.Outcome.DUPLICATE);

        assertThat(engagements.of("p-1")).singleElement().satisfies(engagement -> {
            assertThat(engagement.kind()).isEqualTo(EngagementKind.DELIVERED);
            assertThat(engagement.emailId()).isEqualTo("p-1:1");
            assertThat(engagement.campaignId()).isEqualTo("c-1");
            assertThat(engagement.workspaceId()).isEqualTo("workspace-1");
            assertThat(engagement.providerEventId()).isEqualTo("sg-1");
            assertThat(engagement.occurredAt()).isEqualTo(AT);
        });
    }

    @Test
    void shouldConfirmAnEmailACrashLeftInSendingWhenTheProviderProcessedIt() {
        ledger.recordApproved(LedgerEntry.approved(anApprovedEmail("p-1", "c-1", AT.minusSeconds(600))));
        ledger.claim("p-1:1", claire.messageId(), "sales@opensdr.example", MailTransport.Kind.SENDGRID, AT.minusSeconds(60));

        ProviderEvent processed = new ProviderEvent("sg-p", "processed", "p-1:1", "claire@acme.example", AT,
                "W86EgYT6SQKk0lRflfLRsA.filter0001.16648.5515E0B88.0", null, null, null, null, null, false);

        assertThat(events.handle(processed)).isEqualTo(ProviderEvents.Outcome.IGNORED);
        assertThat(ledger.byId.get("p-1:1").status()).isEqualTo(LedgerStatus.SENT);
        assertThat(ledger.byId.get("p-1:1").providerMessageId()).isEqualTo("W86EgYT6SQKk0lRflfLRsA");
        assertThat(engagements.recorded).as("processed is not a delivery").isEmpty();
    }

    @Test
    void shouldTellMachineOpensFromHumanOnes() {
        events.handle(open("sg-human", CHROME, false));
        events.handle(open("sg-flagged", CHROME, true));
        events.handle(open("sg-proxy", "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)", false));
        events.handle(open("sg-none", null, false));

        assertThat(engagements.of("p-1")).extracting(Engagement::providerEventId, Engagement::machineGenerated)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sg-human", false),
                        org.assertj.core.groups.Tuple.tuple("sg-flagged", true),
                        org.assertj.core.groups.Tuple.tuple("sg-proxy", true),
                        org.assertj.core.groups.Tuple.tuple("sg-none", true));
        assertThat(engagements.of("p-1")).allMatch(e -> e.kind() == EngagementKind.OPENED);
    }

    @Test
    void shouldRecordAClickWithItsUrlAndFlagAScannersClick() {
        events.handle(new ProviderEvent("sg-c1", "click", "p-1:1", "claire@acme.example", AT, null, null, null, null,
                "https://cal.example/camille", CHROME, false));
        events.handle(new ProviderEvent("sg-c2", "click", "p-1:1", "claire@acme.example", AT, null, null, null, null,
                "https://cal.example/camille", "Mozilla/5.0 (compatible; Barracuda Sentinel)", false));

        assertThat(engagements.of("p-1")).extracting(Engagement::kind, Engagement::detail, Engagement::machineGenerated)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EngagementKind.CLICKED, "https://cal.example/camille", false),
                        org.assertj.core.groups.Tuple.tuple(EngagementKind.CLICKED, "https://cal.example/camille", true));
    }

    @Test
    void shouldSuppressAHardBounceButNotABlockedOrTemporaryOne() {
        events.handle(bounce("sg-blocked", "blocked", "5.7.1", "Blocked by reputation"));
        events.handle(bounce("sg-soft", "bounce", "4.2.2", "Mailbox full"));
        assertThat(suppressions.isSuppressed("workspace-1", "claire@acme.example")).isFalse();

        events.handle(bounce("sg-hard", "bounce", "5.1.1", "550 5.1.1 The email account does not exist"));

        assertThat(suppressions.reasonFor("workspace-1", "claire@acme.example")).isEqualTo(SuppressionReason.HARD_BOUNCED);
        assertThat(engagements.of("p-1")).hasSize(3).allMatch(e -> e.kind() == EngagementKind.BOUNCED);
        assertThat(engagements.of("p-1").get(2).detail()).isEqualTo("bounce 5.1.1: 550 5.1.1 The email account does not exist");
    }

    @Test
    void shouldSuppressSpamReportsAndUnsubscribes() {
        events.handle(event("sg-spam", "spamreport"));
        sent.add(new SentEmail("p-2:1", "workspace-1", "c-1", "p-2", "paul@acme.example", "<p-2>", "sales@opensdr.example", "Hello"));
        events.handle(new ProviderEvent("sg-unsub", "group_unsubscribe", "p-2:1", "paul@acme.example", AT, null, null,
                null, null, null, null, false));

        assertThat(suppressions.reasonFor("workspace-1", "claire@acme.example")).isEqualTo(SuppressionReason.SPAM_REPORTED);
        assertThat(suppressions.reasonFor("workspace-1", "paul@acme.example")).isEqualTo(SuppressionReason.UNSUBSCRIBED);
        assertThat(engagements.of("p-1")).extracting(Engagement::kind).containsExactly(EngagementKind.SPAM_REPORTED);
        assertThat(engagements.of("p-2")).extracting(Engagement::kind).containsExactly(EngagementKind.UNSUBSCRIBED);
    }

    @Test
    void shouldSuppressOnlyTheLedgersRecipientWhateverAddressTheEventNames() {
        events.handle(new ProviderEvent("sg-spam", "spamreport", "p-1:1", "someone.else@acme.example", AT, null, null,
                null, null, null, null, false));

        assertThat(suppressions.isSuppressed("workspace-1", "claire@acme.example")).isTrue();
        assertThat(suppressions.isSuppressed("workspace-1", "someone.else@acme.example")).isFalse();
    }

    @Test
    void shouldIgnoreEventsAboutMailOpenSdrDidNotSendAndEventsThatChangeNothing() {
        assertThat(events.handle(new ProviderEvent("sg-x", "delivered", null, "x@acme.example", AT, null, null, null,
                null, null, null, false))).isEqualTo(ProviderEvents.Outcome.IGNORED);
        assertThat(events.handle(new ProviderEvent("sg-y", "spamreport", "unknown:1", "x@acme.example", AT, null, null,
                null, null, null, null, false))).isEqualTo(ProviderEvents.Outcome.IGNORED);
        assertThat(events.handle(event("sg-d", "deferred"))).isEqualTo(ProviderEvents.Outcome.IGNORED);
        assertThat(events.handle(event("sg-r", "group_resubscribe"))).isEqualTo(ProviderEvents.Outcome.IGNORED);

        assertThat(engagements.recorded).isEmpty();
        assertThat(suppressions.byWorkspaceAndAddress).isEmpty();
    }

    private static ProviderEvent event(String id, String type) {
        return new ProviderEvent(id, type, "p-1:1", "claire@acme.example", AT, null, null, null, null, null, null, false);
    }

    private static ProviderEvent open(String id, String userAgent, boolean machineOpen) {
        return new ProviderEvent(id, "open", "p-1:1", "claire@acme.example", AT, null, null, null, null, null, userAgent,
                machineOpen);
    }

    private static ProviderEvent bounce(String id, String type, String status, String reason) {
        return new ProviderEvent(id, "bounce", "p-1:1", "claire@acme.example", AT, null, reason, type, status, null, null,
                false);
    }
}
