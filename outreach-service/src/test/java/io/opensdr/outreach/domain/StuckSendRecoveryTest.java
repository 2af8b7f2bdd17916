package io.opensdr.outreach.domain;

import static io.opensdr.outreach.domain.ApprovedEmailMother.anApprovedEmail;
import static io.opensdr.outreach.domain.CampaignMother.anActiveCampaign;
import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.kit.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StuckSendRecoveryTest {

    private static final Instant TUESDAY_10H_UTC = Instant.parse("2026-01-06T10:00:00Z");
    private static final String MAILBOX = "sales@opensdr.example";

    private final MutableClock clock = new MutableClock(TUESDAY_10H_UTC);
    private final InMemoryPorts.Ledger ledger = new InMemoryPorts.Ledger();
    private final InMemoryPorts.SentCopiesInMemory copies = new InMemoryPorts.SentCopiesInMemory();
    private final EmailSending.Settings settings = new EmailSending.Settings(50, 3, Duration.ofMinutes(5));
    private final StuckSendRecovery recovery = new StuckSendRecovery(ledger, copies, settings, clock);

    private LedgerEntry leftInSending(String prospectId, MailTransport.Kind transport) {
        ledger.recordApproved(LedgerEntry.approved(anApprovedEmail(prospectId, "campaign-1", TUESDAY_10H_UTC)));
        return ledger.claim(prospectId + ":1", MessageIds.next(prospectId + ":1"), MAILBOX, transport, clock.instant())
                .orElseThrow();
    }

    @Test
    void shouldMarkSentWithoutResendingAnSmtpEmailWhoseCopyIsInTheMailbox() {
        LedgerEntry entry = leftInSending("prospect-1", MailTransport.Kind.SMTP);
        copies.messageIds.add(entry.messageId());
        clock.advance(Duration.ofMinutes(6));

        assertThat(recovery.recover()).isEmpty();

        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.SENT);
        assertThat(ledger.announcedSent).extracting(LedgerEntry::id).containsExactly("prospect-1:1");
    }

    @Test
    void shouldApproveAgainWithTheSameMessageIdAnSmtpEmailThatNeverLeftAndSendItOnce() {
        LedgerEntry entry = leftInSending("prospect-1", MailTransport.Kind.SMTP);
        clock.advance(Duration.ofMinutes(6));

        recovery.recover();

        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.APPROVED);
        InMemoryPorts.Campaigns campaigns = new InMemoryPorts.Campaigns();
        campaigns.saveIfNewer(anActiveCampaign("campaign-1"));
        InMemoryPorts.RecordingTransport smtp = new InMemoryPorts.RecordingTransport();
        new EmailSending(campaigns, ledger, new InMemoryPorts.MailboxesInMemory(), new MailTransports(List.of(smtp)),
                List.of(), new InMemoryPorts.SuppressionsInMemory(), new InMemoryPorts.EngagementsInMemory(),
                new SendPacing(Duration.ZERO, Duration.ZERO, SendRamp.NONE, true, ZoneOffset.UTC, bound -> 0),
                settings, clock).sendDue();
        assertThat(smtp.accepted).extracting(OutgoingEmail::messageId).containsExactly(entry.messageId());
    }

    @Test
    void shouldLeaveAnEmailInSendingWhenTheMailboxCannotBeSearched() {
        leftInSending("prospect-1", MailTransport.Kind.SMTP);
        copies.unreachable = true;
        clock.advance(Duration.ofMinutes(6));

        assertThat(recovery.recover()).extracting(LedgerEntry::id).containsExactly("prospect-1:1");
        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.SENDING);
    }

    @Test
    void shouldLeaveASendGridEmailForTheProvidersEvents() {
        leftInSending("prospect-1", MailTransport.Kind.SENDGRID);
        clock.advance(Duration.ofMinutes(6));

        assertThat(recovery.recover()).extracting(LedgerEntry::id).containsExactly("prospect-1:1");
        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.SENDING);
    }

    @Test
    void shouldLeaveAloneAnEmailStillBeingSent() {
        leftInSending("prospect-1", MailTransport.Kind.SMTP);
        clock.advance(Duration.ofMinutes(1));

        assertThat(recovery.recover()).isEmpty();
        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.SENDING);
    }

    @Test
    void shouldFailAnEmailThatNeverLeftOnceItsAttemptsAreSpent() {
        ledger.recordApproved(LedgerEntry.approved(anApprovedEmail("prospect-1", "campaign-1", TUESDAY_10H_UTC)));
        String messageId = MessageIds.next("prospect-1:1");
        for (int attempt = 1; attempt < 3; attempt++) {
            LedgerEntry sending = ledger.claim("prospect-1:1", messageId, MAILBOX, MailTransport.Kind.SMTP,
                    clock.instant()).orElseThrow();
            ledger.releaseForRetry(sending, "timeout");
        }
        ledger.claim("prospect-1:1", messageId, MAILBOX, MailTransport.Kind.SMTP, clock.instant());
        clock.advance(Duration.ofMinutes(6));

        recovery.recover();

        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.FAILED);
    }
}
