package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyDetectionTest {

    private static final Instant AT = Instant.parse("2026-03-03T08:00:00Z");
    private static final String OURS = "<p-1-1.0123abcd@opensdr.local>";

    private final InMemoryPorts.SentEmailsInMemory sent = new InMemoryPorts.SentEmailsInMemory();
    private final InMemoryPorts.EngagementsInMemory engagements = new InMemoryPorts.EngagementsInMemory();
    private final InMemoryPorts.SuppressionsInMemory suppressions = new InMemoryPorts.SuppressionsInMemory();
    private final ReplyDetection replies = new ReplyDetection(sent, engagements, suppressions);

    ReplyDetectionTest() {
        sent.add(new SentEmail("p-1:1", "workspace-1", "c-1", "p-1", "Claire@Acme.example", OURS, "sales@opensdr.example", "Hello"));
    }

    @Test
    void shouldRecordAReplyThatThreadsToOurEmailFromItsRecipientOnce() {
        InboundMessage reply = message("<r1@acme.example>", "claire@acme.example", "Re: Acme and faster deliveries",
                List.of(OURS), List.of(OURS), Map.of());

        assertThat(replies.handle(reply)).isEqualTo(ReplyDetection.Outcome.REPLIED);
        assertThat(replies.handle(reply)).isEqualTo(ReplyDetection.Outcome.DUPLICATE);

        assertThat(engagements.of("p-1")).singleElement().satisfies(engagement -> {
            assertThat(engagement.kind()).isEqualTo(EngagementKind.REPLIED);
            assertThat(engagement.emailId()).isEqualTo("p-1:1");
            assertThat(engagement.occurredAt()).isEqualTo(AT);
            assertThat(engagement.providerEventId()).isEqualTo("reply:<r1@acme.example>");
        });
        assertThat(engagements.hasReplied("p-1")).isTrue();
    }

    @Test
    void shouldFollowReferencesWhenInReplyToNamesAnotherMessage() {
        InboundMessage reply = message("<r2@acme.example>", "claire@acme.example", "Re: Re: Acme",
                List.of("<colleague@acme.example>"), List.of(OURS, "<colleague@acme.example>"), Map.of());

        assertThat(replies.handle(reply)).isEqualTo(ReplyDetection.Outcome.REPLIED);
    }

    @Test
    void shouldNotTakeAMessageFromSomeoneElseOrOutsideTheThreadForAReply() {
        InboundMessage colleague = message("<c1@acme.example>", "paul@acme.example", "Re: Acme", List.of(OURS), List.of(), Map.of());
        InboundMessage unthreaded = message("<u1@acme.example>", "claire@acme.example", "Re: Acme and faster deliveries",
                List.of(), List.of(), Map.of());
        InboundMessage unknownThread = message("<u2@acme.example>", "claire@acme.example", "Re: something",
                List.of("<other@opensdr.local>"), List.of("<other@opensdr.local>"), Map.of());
        InboundMessage noSender = message("<u3@acme.example>", null, "Re: Acme", List.of(OURS), List.of(), Map.of());

        assertThat(List.of(colleague, unthreaded, unknownThread, noSender)).allSatisfy(message ->
                assertThat(replies.handle(message)).isEqualTo(ReplyDetection.Outcome.NOT_A_REPLY));
        assertThat(engagements.recorded).isEmpty();
    }

    @Test
    void shouldSuppressTheAddressForTheWholeWorkspaceWhenTheReplyObjects() {
        InboundMessage objection = new InboundMessage("sales@opensdr.example", "1:77", "<no@acme.example>",
                "claire@acme.example", "Re: Acme", List.of(OURS), List.of(), Map.of(), AT, null,
                "Please remove me from your list.\n\nOn Tue, Sales wrote:\n> Hi Claire");
        InboundMessage yes = new InboundMessage("sales@opensdr.example", "1:78", "<yes@acme.example>",
                "claire@acme.example", "Re: Acme", List.of(OURS), List.of(), Map.of(), AT, null, "No problem, Tuesday?");

        assertThat(replies.handle(yes)).isEqualTo(ReplyDetection.Outcome.REPLIED);
        assertThat(suppressions.byWorkspaceAndAddress).isEmpty();

        assertThat(replies.handle(objection)).isEqualTo(ReplyDetection.Outcome.REPLIED);
        assertThat(replies.handle(objection)).isEqualTo(ReplyDetection.Outcome.DUPLICATE);
        assertThat(suppressions.reasonFor("workspace-1", "claire@acme.example")).isEqualTo(SuppressionReason.OBJECTED);
    }

    @Test
    void shouldNeverTakeAnAutoReplyForAnObjection() {
        InboundMessage outOfOffice = new InboundMessage("sales@opensdr.example", "1:79", "<ooo2@acme.example>",
                "claire@acme.example", "Out of office", List.of(OURS), List.of(), Map.of("Auto-Submitted", "auto-replied"),
                AT, null, "No");

        assertThat(replies.handle(outOfOffice)).isEqualTo(ReplyDetection.Outcome.AUTO_REPLIED);
        assertThat(suppressions.byWorkspaceAndAddress).isEmpty();
    }

    @Test
    void shouldRecordAnOutOfOfficeAsAnAutoReplyThatDoesNotStopTheSequence() {
        InboundMessage outOfOffice = message("<ooo@acme.example>", "claire@acme.example", "Automatic reply: Acme",
                List.of(OURS), List.of(), Map.of("Auto-Submitted", "auto-replied"));

        assertThat(replies.handle(outOfOffice)).isEqualTo(ReplyDetection.Outcome.AUTO_REPLIED);

        assertThat(engagements.of("p-1")).singleElement().satisfies(engagement -> {
            assertThat(engagement.kind()).isEqualTo(EngagementKind.AUTO_REPLIED);
            assertThat(engagement.detail()).isEqualTo("Auto-Submitted: auto-replied");
        });
        assertThat(engagements.hasReplied("p-1")).isFalse();
    }

    @Test
    void shouldIdentifyAMessageWithoutMessageIdByItsMailboxAndUid() {
        InboundMessage reply = new InboundMessage("sales@opensdr.example", "7:42", null, "claire@acme.example", "Re: Acme",
                List.of(OURS), List.of(), Map.of(), AT);

        replies.handle(reply);

        assertThat(replies.handle(reply)).isEqualTo(ReplyDetection.Outcome.DUPLICATE);
        assertThat(engagements.recorded.get(0).providerEventId()).isEqualTo("reply:sales@opensdr.example#7:42");
    }

    @Test
    void shouldRecordAPermanentDeliveryFailureAsABounceAndSuppressTheAddress() {
        InboundMessage report = new InboundMessage("sales@opensdr.example", "1:9", "<dsn-1@mx.opensdr.example>",
                "MAILER-DAEMON@mx.opensdr.example", "Undelivered Mail Returned to Sender", List.of(), List.of(), Map.of(), AT,
                new DeliveryFailure(OURS, "claire@acme.example", "failed", "5.1.1", "smtp; 550 5.1.1 No such user"));

        assertThat(replies.handle(report)).isEqualTo(ReplyDetection.Outcome.BOUNCED);
        assertThat(replies.handle(report)).isEqualTo(ReplyDetection.Outcome.DUPLICATE);

        assertThat(engagements.of("p-1")).singleElement().satisfies(engagement -> {
            assertThat(engagement.kind()).isEqualTo(EngagementKind.BOUNCED);
            assertThat(engagement.detail()).isEqualTo("bounce 5.1.1: smtp; 550 5.1.1 No such user");
        });
        assertThat(suppressions.reasonFor("workspace-1", "claire@acme.example")).isEqualTo(SuppressionReason.HARD_BOUNCED);
    }

    @Test
    void shouldNotSuppressATransientFailureNorRecordADelay() {
        InboundMessage delayed = new InboundMessage("sales@opensdr.example", "1:10", "<dsn-2@mx>", "MAILER-DAEMON@mx",
                "Delayed Mail", List.of(), List.of(), Map.of(), AT,
                new DeliveryFailure(OURS, "claire@acme.example", "delayed", "4.4.7", null));
        InboundMessage transientFailure = new InboundMessage("sales@opensdr.example", "1:11", "<dsn-3@mx>", "MAILER-DAEMON@mx",
                "Undelivered Mail", List.of(), List.of(), Map.of(), AT,
                new DeliveryFailure(OURS, "claire@acme.example", "failed", "4.2.2", "mailbox full"));
        InboundMessage aboutSomethingElse = new InboundMessage("sales@opensdr.example", "1:12", "<dsn-4@mx>", "MAILER-DAEMON@mx",
                "Undelivered Mail", List.of(), List.of(), Map.of(), AT,
                new DeliveryFailure("<not-ours@opensdr.local>", "x@acme.example", "failed", "5.1.1", null));

        assertThat(replies.handle(delayed)).isEqualTo(ReplyDetection.Outcome.NOT_A_REPLY);
        assertThat(replies.handle(transientFailure)).isEqualTo(ReplyDetection.Outcome.BOUNCED);
        assertThat(replies.handle(aboutSomethingElse)).isEqualTo(ReplyDetection.Outcome.NOT_A_REPLY);

        assertThat(engagements.of("p-1")).extracting(Engagement::kind).containsExactly(EngagementKind.BOUNCED);
        assertThat(suppressions.byWorkspaceAndAddress).isEmpty();
    }

    static InboundMessage message(String messageId, String from, String subject, List<String> inReplyTo,
                                  List<String> references, Map<String, String> headers) {
        return new InboundMessage("sales@opensdr.example", "1:" + Math.abs(messageId.hashCode()), messageId, from, subject,
                inReplyTo, references, headers, AT);
    }
}
