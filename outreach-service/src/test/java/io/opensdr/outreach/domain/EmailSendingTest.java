package io.opensdr.outreach.domain;

import static io.opensdr.outreach.domain.ApprovedEmailMother.anApprovedEmail;
import static io.opensdr.outreach.domain.CampaignMother.anActiveCampaign;
import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.kit.testing.MutableClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailSendingTest {

    private static final Instant TUESDAY_10H_UTC = Instant.parse("2026-01-06T10:00:00Z");

    private final MutableClock clock = new MutableClock(TUESDAY_10H_UTC);
    private final InMemoryPorts.Campaigns campaigns = new InMemoryPorts.Campaigns();
    private final InMemoryPorts.Ledger ledger = new InMemoryPorts.Ledger();
    private final InMemoryPorts.MailboxesInMemory mailboxes = new InMemoryPorts.MailboxesInMemory();
    private final InMemoryPorts.RecordingTransport smtp = new InMemoryPorts.RecordingTransport();
    private final InMemoryPorts.RecordingTransport sendGrid = new InMemoryPorts.RecordingTransport(MailTransport.Kind.SENDGRID);
    private final InMemoryPorts.SuppressionsInMemory suppressions = new InMemoryPorts.SuppressionsInMemory();
    private final InMemoryPorts.EngagementsInMemory engagements = new InMemoryPorts.EngagementsInMemory();
    private final List<OutgoingEmailDecorator> decorators = new ArrayList<>();
    private final Approvals approvals = new Approvals(ledger, suppressions);

    private EmailSending sending(SendRamp ramp, Duration maxJitter, MailTransport... transports) {
        SendPacing pacing = new SendPacing(Duration.ofMinutes(2), maxJitter, ramp, true, ZoneOffset.UTC,
                bound -> bound - 1); // the longest jitter, so that tests know when the next send is due
        return new EmailSending(campaigns, ledger, mailboxes, new MailTransports(List.of(transports)), decorators,
                suppressions, engagements, pacing, new EmailSending.Settings(50, 3, Duration.ofMinutes(5)), clock);
    }

    private EmailSending sending() {
        return sending(SendRamp.NONE, Duration.ZERO, smtp, sendGrid);
    }

    @Test
    void shouldSendAnApprovedEmailOfAnActiveCampaignExactlyAsApproved() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));

        assertThat(sending().sendDue()).isEqualTo(1);

        OutgoingEmail email = smtp.accepted.get(0);
        assertThat(email.toEmail()).isEqualTo("claire.martin@acme.example");
        assertThat(email.fromEmail()).isEqualTo("sales@opensdr.example");
        assertThat(email.fromName()).isEqualTo("Camille Durand");
        assertThat(email.subject()).isEqualTo("Acme Logistics and faster deliveries");
        assertThat(email.emailId()).isEqualTo("prospect-1:1");
        assertThat(email.messageId()).startsWith("<prospect-1-1.").endsWith("@opensdr.local>");
        LedgerEntry entry = ledger.byId.get("prospect-1:1");
        assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
        assertThat(entry.messageId()).isEqualTo(email.messageId());
        assertThat(entry.transport()).isEqualTo(MailTransport.Kind.SMTP);
        assertThat(ledger.announcedSent).hasSize(1);
        assertThat(sendGrid.accepted).isEmpty();
    }

    @Test
    void shouldSendThroughTheTransportTheCampaignsSenderNamesAndKeepTheProvidersMessageId() {
        campaigns.saveIfNewer(CampaignMother.withTransport(anActiveCampaign("campaign-1"), MailTransport.Kind.SENDGRID));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));

        assertThat(sending().sendDue()).isEqualTo(1);

        assertThat(smtp.accepted).isEmpty();
        assertThat(sendGrid.accepted).hasSize(1);
        LedgerEntry entry = ledger.byId.get("prospect-1:1");
        assertThat(entry.transport()).isEqualTo(MailTransport.Kind.SENDGRID);
        assertThat(entry.providerMessageId()).isEqualTo("sg-1");
    }

    @Test
    void shouldSendNothingThroughATransportThatIsNotConfigured() {
        campaigns.saveIfNewer(CampaignMother.withTransport(anActiveCampaign("campaign-1"), MailTransport.Kind.SENDGRID));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));

        assertThat(sending(SendRamp.NONE, Duration.ZERO, smtp).sendDue()).isZero();

        assertThat(smtp.accepted).isEmpty();
        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.APPROVED);
    }

    @Test
    void shouldApplyEveryDecoratorInOrderRightBeforeTheTransport() {
        decorators.add((email, kind) -> email.withHeader("X-First", kind.name()));
        decorators.add((email, kind) -> email.withHtmlBody("<p>" + email.headers().get("X-First") + "</p>"));
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));

        sending().sendDue();

        OutgoingEmail email = smtp.accepted.get(0);
        assertThat(email.headers()).containsEntry("X-First", "SMTP");
        assertThat(email.htmlBody()).isEqualTo("<p>SMTP</p>");
    }

    @Test
    void shouldNeverRecordAnApprovalTwice() {
        assertThat(approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC))).isTrue();
        assertThat(approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC))).isFalse();
        assertThat(ledger.byId).hasSize(1);
    }

    @Test
    void shouldRecordAnApprovalForASuppressedAddressAsCanceledWithTheReasonAndNeverSendIt() {
        suppressions.suppress("workspace-1", "Claire.Martin@acme.example ", SuppressionReason.UNSUBSCRIBED, null);
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));

        assertThat(approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC))).isTrue();
        sending().sendDue();

        LedgerEntry entry = ledger.byId.get("prospect-1:1");
        assertThat(entry.status()).isEqualTo(LedgerStatus.CANCELED);
        assertThat(entry.lastError()).startsWith("suppressed");
        assertThat(smtp.accepted).isEmpty();
    }

    @Test
    void shouldCancelAnEmailWhoseAddressWasSuppressedAfterItsApproval() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));
        suppressions.suppress("workspace-1", "claire.martin@acme.example", SuppressionReason.SPAM_REPORTED, null);

        assertThat(sending().sendDue()).isZero();

        assertThat(smtp.accepted).isEmpty();
        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.CANCELED);
        assertThat(ledger.byId.get("prospect-1:1").lastError()).startsWith("suppressed");
    }

    @Test
    void shouldCancelTheNextEmailOfAProspectWhoReplied() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", 2, "campaign-1", TUESDAY_10H_UTC, null));
        approvals.onApproved(anApprovedEmail("prospect-2", 1, "campaign-1", TUESDAY_10H_UTC.plusSeconds(1), null));
        engagements.record(EngagementMother.anEngagement("prospect-1", EngagementKind.REPLIED, "reply-1"));

        assertThat(sending().sendDue()).isEqualTo(1);

        assertThat(smtp.accepted).extracting(OutgoingEmail::prospectId).containsExactly("prospect-2");
        assertThat(ledger.byId.get("prospect-1:2").status()).isEqualTo(LedgerStatus.CANCELED);
        assertThat(ledger.byId.get("prospect-1:2").lastError()).startsWith("replied");
    }

    @Test
    void shouldSendNothingWhileTheCampaignIsPausedAndSendOnceItResumes() {
        Campaign campaign = anActiveCampaign("campaign-1");
        campaigns.saveIfNewer(CampaignMother.withStatus(campaign, CampaignStatus.PAUSED, 2));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));

        assertThat(sending().sendDue()).isZero();
        assertThat(smtp.accepted).isEmpty();
        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.APPROVED);

        campaigns.saveIfNewer(CampaignMother.withStatus(campaign, CampaignStatus.ACTIVE, 3));

        assertThat(sending().sendDue()).isEqualTo(1);
    }

    @Test
    void shouldLetNoEmailLeaveOnceAPauseIsAcknowledgedInTheMiddleOfAPass() {
        Campaign campaign = anActiveCampaign("campaign-1");
        campaigns.saveIfNewer(campaign);
        for (int i = 1; i <= 5; i++) {
            approvals.onApproved(anApprovedEmail("prospect-" + i, 1, "campaign-1", TUESDAY_10H_UTC.plusSeconds(i), null));
        }
        EmailSending unspaced = new EmailSending(campaigns, ledger, mailboxes, new MailTransports(List.of(smtp)),
                decorators, suppressions, engagements,
                new SendPacing(Duration.ZERO, Duration.ZERO, SendRamp.NONE, true, ZoneOffset.UTC, bound -> 0),
                new EmailSending.Settings(50, 3, Duration.ofMinutes(5)), clock);
        // The pause is stored (acknowledged) while the second email is with the transport.
        smtp.duringSend = () -> {
            if (smtp.accepted.size() == 1) {
                campaigns.saveIfNewer(CampaignMother.withStatus(campaign, CampaignStatus.PAUSED, 2));
            }
        };

        assertThat(unspaced.sendDue()).isEqualTo(2);
        assertThat(unspaced.sendDue()).isZero();

        assertThat(smtp.accepted).extracting(OutgoingEmail::prospectId).containsExactly("prospect-1", "prospect-2");
        assertThat(ledger.approved("campaign-1", 10)).hasSize(3);
    }

    @Test
    void shouldSendOnlyInTheCampaignsWindowInEachProspectsTimeZone() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1")); // weekdays 9-17, UTC for prospects without a zone
        approvals.onApproved(anApprovedEmail("in-los-angeles", 1, "campaign-1", TUESDAY_10H_UTC, "America/Los_Angeles"));
        approvals.onApproved(anApprovedEmail("in-paris", 1, "campaign-1", TUESDAY_10H_UTC.plusSeconds(1), "Europe/Paris"));
        approvals.onApproved(anApprovedEmail("zone-unknown", 1, "campaign-1", TUESDAY_10H_UTC.plusSeconds(2), null));
        EmailSending sending = sending();

        sending.sendDue(); // 02:00 in Los Angeles: not yet; 11:00 in Paris: sent
        clock.advance(Duration.ofMinutes(2));
        sending.sendDue(); // the prospect without a zone, in the campaign's (UTC)
        clock.advance(Duration.ofHours(8)); // 18:00 UTC, 10:00 in Los Angeles
        sending.sendDue();

        assertThat(smtp.accepted).extracting(OutgoingEmail::prospectId)
                .containsExactly("in-paris", "zone-unknown", "in-los-angeles");
    }

    @Test
    void shouldSendNothingOnADayOutsideTheCampaignsDays() {
        setClock(Instant.parse("2026-01-10T10:00:00Z")); // a Saturday
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));
        EmailSending sending = sending();

        assertThat(sending.sendDue()).isZero();

        campaigns.saveIfNewer(CampaignMother.withSending(CampaignMother.withStatus(anActiveCampaign("campaign-1"),
                CampaignStatus.ACTIVE, 2), new CampaignSending(EnumSet.of(DayOfWeek.SATURDAY), 9, 17, ZoneOffset.UTC, 100)));
        assertThat(sending.sendDue()).isEqualTo(1);
    }

    @Test
    void shouldSendAtMostOneEmailPerProspectPerDay() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", 1, "campaign-1", TUESDAY_10H_UTC, null));
        approvals.onApproved(anApprovedEmail("prospect-1", 2, "campaign-1", TUESDAY_10H_UTC.plusSeconds(1), null));
        EmailSending sending = sending();

        for (int pass = 0; pass < 5; pass++) {
            sending.sendDue();
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(smtp.accepted).extracting(OutgoingEmail::emailId).containsExactly("prospect-1:1");

        setClock(Instant.parse("2026-01-07T09:00:00Z"));
        sending.sendDue();
        assertThat(smtp.accepted).extracting(OutgoingEmail::emailId).containsExactly("prospect-1:1", "prospect-1:2");
    }

    @Test
    void shouldStopAtTheMailboxsDailyCap() {
        campaigns.saveIfNewer(CampaignMother.withDailyCap(anActiveCampaign("campaign-1"), 2));
        for (int i = 1; i <= 3; i++) {
            approvals.onApproved(anApprovedEmail("prospect-" + i, 1, "campaign-1", TUESDAY_10H_UTC.plusSeconds(i), null));
        }
        EmailSending sending = sending();

        for (int pass = 0; pass < 3; pass++) {
            sending.sendDue();
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(smtp.accepted).hasSize(2);
        assertThat(ledger.byId.get("prospect-3:1").status()).isEqualTo(LedgerStatus.APPROVED);
    }

    @Test
    void shouldStopAtTheCampaignsDailyCapThoughTheMailboxHasRoomLeft() {
        Campaign campaign = anActiveCampaign("campaign-1");
        campaigns.saveIfNewer(CampaignMother.withSending(campaign,
                new CampaignSending(campaign.sending().days(), 9, 17, ZoneOffset.UTC, 2)));
        for (int i = 1; i <= 3; i++) {
            approvals.onApproved(anApprovedEmail("prospect-" + i, 1, "campaign-1", TUESDAY_10H_UTC.plusSeconds(i), null));
        }
        EmailSending sending = sending();

        for (int pass = 0; pass < 4; pass++) {
            sending.sendDue();
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(smtp.accepted).hasSize(2);
        assertThat(mailboxes.usageOf("sales@opensdr.example").sentThatDay()).isEqualTo(2);
    }

    @Test
    void shouldSpaceTheSendsOfOneMailboxByTheMinimumPlusJitter() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", 1, "campaign-1", TUESDAY_10H_UTC, null));
        approvals.onApproved(anApprovedEmail("prospect-2", 1, "campaign-1", TUESDAY_10H_UTC.plusSeconds(1), null));
        EmailSending sending = sending(SendRamp.NONE, Duration.ofMinutes(1), smtp);

        assertThat(sending.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(2));
        assertThat(sending.sendDue()).as("2 min spacing, but up to 1 min of jitter on top").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sending.sendDue()).isEqualTo(1);
    }

    @Test
    void shouldRampANewMailboxUpSlowly() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1")); // mailbox cap 30
        for (int i = 1; i <= 10; i++) {
            approvals.onApproved(anApprovedEmail("prospect-" + i, 1, "campaign-1", TUESDAY_10H_UTC.plusSeconds(i), null));
        }
        EmailSending sending = sending(new SendRamp(2, 10), Duration.ZERO, smtp);

        for (int pass = 0; pass < 10; pass++) {
            sending.sendDue();
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(smtp.accepted).as("first day: 2").hasSize(2);

        setClock(Instant.parse("2026-01-07T09:00:00Z"));
        for (int pass = 0; pass < 10; pass++) {
            sending.sendDue();
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(smtp.accepted).as("second day: 2 + (30 - 2) / 10 = 4").hasSize(2 + 4);
    }

    @Test
    void shouldRetryAFailedSendWithTheSameMessageIdThenMarkItFailed() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));
        smtp.refuse = true;
        EmailSending sending = sending();

        for (int pass = 0; pass < 5; pass++) {
            sending.sendDue();
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(smtp.refused).hasSize(3);
        assertThat(smtp.refused).extracting(OutgoingEmail::messageId).containsOnly(smtp.refused.get(0).messageId());
        LedgerEntry entry = ledger.byId.get("prospect-1:1");
        assertThat(entry.status()).isEqualTo(LedgerStatus.FAILED);
        assertThat(entry.lastError()).contains("550 mailbox unavailable");
        assertThat(ledger.announcedSent).isEmpty();
    }

    @Test
    void shouldFailAPermanentlyRefusedEmailAtOnce() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));
        smtp.refusePermanently = true;

        sending().sendDue();

        assertThat(smtp.refused).hasSize(1);
        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.FAILED);
    }

    @Test
    void shouldNeverResendAnEmailLeftInSending() {
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        approvals.onApproved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC));
        // A crash after the claim: the transport may or may not have accepted the email.
        ledger.claim("prospect-1:1", MessageIds.next("prospect-1:1"), "sales@opensdr.example",
                MailTransport.Kind.SMTP, clock.instant());

        clock.advance(Duration.ofMinutes(10));
        sending().sendDue();

        assertThat(smtp.accepted).isEmpty();
        LedgerSummary summary = sending().summary("workspace-1", "campaign-1").orElseThrow();
        assertThat(sending().summary("workspace-2", "campaign-1")).as("another workspace's campaign").isEmpty();
        assertThat(summary.counts().get(LedgerStatus.SENDING)).isEqualTo(1);
        assertThat(summary.stuckInSending()).isEqualTo(1);
    }


    private void setClock(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
    }
}
