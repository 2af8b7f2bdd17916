package io.opensdr.outreach.domain;

import static io.opensdr.outreach.domain.ApprovedEmailMother.anApprovedEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendReconciliationTest {

    private static final Instant APPROVED_AT = Instant.parse("2026-01-06T10:00:00Z");
    private static final Instant CONFIRMED_AT = Instant.parse("2026-01-06T10:03:00Z");

    private final InMemoryPorts.Ledger ledger = new InMemoryPorts.Ledger();
    private final SendReconciliation reconciliation = new SendReconciliation(ledger);

    @Test
    void shouldMarkAnEntryLeftInSendingAsSentWithItsEventWhenTheProviderConfirmsIt() {
        ledger.recordApproved(LedgerEntry.approved(anApprovedEmail("prospect-1", "campaign-1", APPROVED_AT)));
        ledger.claim("prospect-1:1", MessageIds.next("prospect-1:1"), "sales@opensdr.example",
                MailTransport.Kind.SENDGRID, APPROVED_AT.plusSeconds(60));

        assertThat(reconciliation.confirmedByProvider("prospect-1:1", "sg-message-1", CONFIRMED_AT)).isTrue();

        LedgerEntry entry = ledger.byId.get("prospect-1:1");
        assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
        assertThat(entry.sentAt()).isEqualTo(CONFIRMED_AT);
        assertThat(entry.providerMessageId()).isEqualTo("sg-message-1");
        assertThat(entry.transport()).isEqualTo(MailTransport.Kind.SENDGRID);
        assertThat(ledger.announcedSent).extracting(LedgerEntry::id).containsExactly("prospect-1:1");
    }

    @Test
    void shouldLeaveAnEntryAlreadySentAlone() {
        ledger.recordApproved(LedgerEntry.approved(anApprovedEmail("prospect-1", "campaign-1", APPROVED_AT)));
        LedgerEntry sending = ledger.claim("prospect-1:1", MessageIds.next("prospect-1:1"), "sales@opensdr.example",
                MailTransport.Kind.SENDGRID, APPROVED_AT).orElseThrow();
        ledger.markSent(sending, MailTransport.Kind.SENDGRID, "sg-message-1", APPROVED_AT.plusSeconds(1));

        assertThat(reconciliation.confirmedByProvider("prospect-1:1", "sg-message-1", CONFIRMED_AT)).isFalse();

        assertThat(ledger.byId.get("prospect-1:1").sentAt()).isEqualTo(APPROVED_AT.plusSeconds(1));
        assertThat(ledger.announcedSent).hasSize(1);
    }

    @Test
    void shouldIgnoreUnknownIdsAndEntriesNeverHandedToTheTransport() {
        ledger.recordApproved(LedgerEntry.approved(anApprovedEmail("prospect-1", "campaign-1", APPROVED_AT)));

        assertThat(reconciliation.confirmedByProvider("nobody:1", "sg-message-1", CONFIRMED_AT)).isFalse();
        assertThat(reconciliation.confirmedByProvider(null, "sg-message-1", CONFIRMED_AT)).isFalse();
        assertThat(reconciliation.confirmedByProvider("prospect-1:1", "sg-message-1", CONFIRMED_AT)).isFalse();

        assertThat(ledger.byId.get("prospect-1:1").status()).isEqualTo(LedgerStatus.APPROVED);
        assertThat(ledger.announcedSent).isEmpty();
    }
}
