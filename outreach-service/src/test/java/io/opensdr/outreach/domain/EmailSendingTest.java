package io.opensdr.outreach.domain;

import static io.opensdr.outreach.domain.ApprovedEmailMother.anApprovedEmail;
import static io.opensdr.outreach.domain.CampaignMother.anActiveCampaign;
import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.kit.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EmailSendingTest {

    private static final Instant TUESDAY_10H_UTC = Instant.parse("2026-01-06T10:00:00Z");

    private final MutableClock clock = new MutableClock(TUESDAY_10H_UTC);
    private final InMemoryPorts.Campaigns campaigns = new InMemoryPorts.Campaigns();
    private final InMemoryPorts.Ledger ledger = new InMemoryPorts.Ledger();
    private final InMemoryPorts.MailboxesInMemory mailboxes = new InMemoryPorts.MailboxesInMemory();
    private final InMemoryPorts.RecordingTransport transport = new InMemoryPorts.RecordingTransport();
    private final Approvals approvals = new Approvals(ledger);
    private final EmailSending sending = new EmailSending(campaigns, ledger, mailboxes, transport,
            new SendPacing(Duration.ofMinutes(2), ZoneId.of("UTC"), 8, 18),
            new EmailSending.Settings(50, 3, Duration.ofMinutes(5)), clock);

    @Test
    void shouldSendAnApprovedEmailOfAnActiveCampaignExactlyAsApproved() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));

        assertThat(sending.sendDue()).isEqualTo(1);

        OutgoingEmail email = transport.accepted.get(0);
        assertThat(email.toEmail()).isEqualTo("claire.martin@acme.example");
        assertThat(email.fromEmail()).isEqualTo("sales@opensdr.example");
        assertThat(email.fromName()).isEqualTo("Camille Durand");
        assertThat(email.subject()).isEqualTo("Acme Logistics and faster deliveries");
        assertThat(email.messageId()).startsWith("<prospect-1-1.").endsWith("@opensdr.local>");
        LedgerEntry entry = ledger.byId.get("prospect-1:1");
        assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
        assertThat(entry.messageId()).isEqualTo(email.messageId());
        assertThat(ledger.announcedSent).hasSize(1);
    }

    @Test
    void shouldNeverRecordAnApprovalTwice() {
        assertThat(approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC))).isTrue();
        assertThat(approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC))).isFalse();
        assertThat(ledger.byId).hasSize(1);
    }

    @Test
    void shouldSendNothingWhileTheCampaignIsPausedAndSendOnceItResumes() {
        Campaign campaign = anActiveCampaign("campaign-1");
        campaigns.saveIfNewer(CampaignMother.withStatus(campaign, CampaignStatus.PAUSED, 2));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));

        assertThat(sending.sendDue()).isZero();
        assertThat(transport.accepted).isEmpty();
        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.APPROVED);

        campaigns.saveIfNewer(CampaignMother.withStatus(campaign, CampaignStatus.ACTIVE, 3));

        assertThat(sending.sendDue()).isEqualTo(1);
    }

    @Test
    void shouldSendNothingOutsideTheSendingWindow() {
        clock.advance(Duration.ofHours(9)); // 19:00
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));

        assertThat(sending.sendDue()).isZero();
        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.APPROVED);
    }

    @Test
    void shouldSpaceTheSendsOfOneMailbox() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));
        approvals.onApproved(anApprovedEmail("prospect-2", "campaign-1", TUESDAY_10H_UTC.plusSeconds(1)));

        assertThat(sending.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(sending.sendDue()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sending.sendDue()).isEqualTo(1);
        assertThat(transport.accepted).extracting(OutgoingEmail::messageId)
                .allSatisfy(id -> assertThat(id).contains("prospect-"));
    }

    @Test
    void shouldStopAtTheCampaignsDailyCap() {
        campaigns.saveIfNewer(CampaignMother.withDailyCap(anActiveCampaign("campaign-1"), 2));
        for (int i = 1; i <= 3; i++) {
            approvals.onApproved(anApprovedEmail("prospect-" + i, "campaign-1", TUESDAY_10H_UTC.plusSeconds(i)));
        }

        for (int pass = 0; pass < 3; pass++) {
            sending.sendDue();
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(transport.accepted).hasSize(2);
        assertThat(ledger.byId.get("prospect-3:1").status()).isEqualTo(LedgerStatus.APPROVED);
    }

    @Test
    void shouldRetryAFailedSendWithTheSameMessageIdThenMarkItFailed() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));
        transport.refuse = true;

        for (int pass = 0; pass < 5; pass++) {
            sending.sendDue();
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(transport.refused).hasSize(3);
        assertThat(transport.refused).extracting(OutgoingEmail::messageId).containsOnly(transport.refused.get(0).messageId());
        LedgerEntry entry = ledger.byId.get("prospect-1:1");
        assertThat(entry.status()).isEqualTo(LedgerStatus.FAILED);
        assertThat(entry.lastError()).contains("550 mailbox unavailable");
        assertThat(ledger.announcedSent).isEmpty();
    }

    @Test
    void shouldReportButNeverResendAnEmailLeftInSending() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));
        // A crash after the claim: the transport may or may not have accepted the email.
        ledger.claim("prospect-1:1", MessageIds.next("prospect-1:1"), "sales@opensdr.example",
                MailTransport.Kind.SMTP, clock.instant());

        clock.advance(Duration.ofMinutes(10));
        sending.sendDue();

        assertThat(transport.accepted).isEmpty();
        assertThat(sending.reportStuck()).extracting(LedgerEntry::id).containsExactly("prospect-1:1");
        LedgerSummary summary = sending.summary("campaign-1");
        assertThat(summary.counts().get(LedgerStatus.SENDING)).isEqualTo(1);
        assertThat(summary.stuckInSending()).isEqualTo(1);
    }
}
