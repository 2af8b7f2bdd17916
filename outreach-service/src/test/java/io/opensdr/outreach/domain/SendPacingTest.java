package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SendPacingTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String MAILBOX = "sales@opensdr.example";
    /** 10:00 in Paris (CET, UTC+1). */
    private static final Instant TUESDAY_10H_PARIS = Instant.parse("2026-01-06T09:00:00Z");

    private final SendPacing businessHours = new SendPacing(Duration.ofMinutes(5), PARIS, 9, 17);

    @Test
    void shouldSendFromAnUnusedMailboxInsideTheWindow() {
        assertThat(businessHours.decide(TUESDAY_10H_PARIS, MailboxUsage.unused(MAILBOX), 30))
                .isEqualTo(PacingDecision.SEND);
    }

    @Test
    void shouldWaitBeforeTheWindowOpensInTheConfiguredZone() {
        Instant eightFiftyNineInParis = Instant.parse("2026-01-06T07:59:00Z");

        assertThat(businessHours.decide(eightFiftyNineInParis, MailboxUsage.unused(MAILBOX), 30))
                .isEqualTo(PacingDecision.OUTSIDE_WINDOW);
    }

    @Test
    void shouldStopSendingWhenTheWindowCloses() {
        Instant sixteenFiftyNineInParis = Instant.parse("2026-01-06T15:59:59Z");
        Instant seventeenInParis = Instant.parse("2026-01-06T16:00:00Z");

        assertThat(businessHours.decide(sixteenFiftyNineInParis, MailboxUsage.unused(MAILBOX), 30))
                .isEqualTo(PacingDecision.SEND);
        assertThat(businessHours.decide(seventeenInParis, MailboxUsage.unused(MAILBOX), 30))
                .isEqualTo(PacingDecision.OUTSIDE_WINDOW);
    }

    @Test
    void shouldSendAroundTheClockWithTheDefaultWindow() {
        SendPacing always = new SendPacing(Duration.ZERO, ZoneId.of("UTC"), 0, 24);

        assertThat(always.decide(Instant.parse("2026-01-06T23:59:59Z"), MailboxUsage.unused(MAILBOX), 30))
                .isEqualTo(PacingDecision.SEND);
        assertThat(always.decide(Instant.parse("2026-01-06T00:00:00Z"), MailboxUsage.unused(MAILBOX), 30))
                .isEqualTo(PacingDecision.SEND);
    }

    @Test
    void shouldStopAtTheDailyCap() {
        MailboxUsage usage = MailboxUsage.unused(MAILBOX);
        Instant at = TUESDAY_10H_PARIS;
        for (int sent = 0; sent < 3; sent++) {
            assertThat(businessHours.decide(at, usage, 3)).isEqualTo(PacingDecision.SEND);
            usage = businessHours.afterSendAt(at, usage);
            at = at.plus(Duration.ofMinutes(5));
        }

        assertThat(usage.sentThatDay()).isEqualTo(3);
        assertThat(businessHours.decide(at, usage, 3)).isEqualTo(PacingDecision.DAILY_CAP_REACHED);
    }

    @Test
    void shouldSendNothingWhenTheCapIsZero() {
        assertThat(businessHours.decide(TUESDAY_10H_PARIS, MailboxUsage.unused(MAILBOX), 0))
                .isEqualTo(PacingDecision.DAILY_CAP_REACHED);
    }

    @Test
    void shouldStartANewCountOnTheNextDayOfTheConfiguredZone() {
        Instant lateTuesdayParis = Instant.parse("2026-01-06T15:30:00Z");
        MailboxUsage capped = businessHours.afterSendAt(lateTuesdayParis, MailboxUsage.unused(MAILBOX));
        Instant wednesday10hParis = Instant.parse("2026-01-07T09:00:00Z");

        assertThat(businessHours.decide(lateTuesdayParis.plus(Duration.ofMinutes(10)), capped, 1))
                .isEqualTo(PacingDecision.DAILY_CAP_REACHED);
        assertThat(businessHours.decide(wednesday10hParis, capped, 1)).isEqualTo(PacingDecision.SEND);
    }

    @Test
    void shouldCountTheDayInTheConfiguredZoneNotInUtc() {
        SendPacing aroundTheClockInParis = new SendPacing(Duration.ZERO, PARIS, 0, 24);
        Instant elevenPmUtcTuesday = Instant.parse("2026-01-06T23:30:00Z"); // already Wednesday in Paris
        MailboxUsage sentTuesdayAfternoon = aroundTheClockInParis.afterSendAt(
                Instant.parse("2026-01-06T14:00:00Z"), MailboxUsage.unused(MAILBOX));

        assertThat(aroundTheClockInParis.decide(elevenPmUtcTuesday, sentTuesdayAfternoon, 1))
                .isEqualTo(PacingDecision.SEND);
    }

    @Test
    void shouldWaitForTheMinimumSpacingBetweenTwoSends() {
        MailboxUsage justSent = businessHours.afterSendAt(TUESDAY_10H_PARIS, MailboxUsage.unused(MAILBOX));

        assertThat(businessHours.decide(TUESDAY_10H_PARIS.plus(Duration.ofMinutes(4)), justSent, 30))
                .isEqualTo(PacingDecision.TOO_SOON);
        assertThat(businessHours.decide(TUESDAY_10H_PARIS.plus(Duration.ofMinutes(5)), justSent, 30))
                .isEqualTo(PacingDecision.SEND);
    }

    @Test
    void shouldSendBackToBackWithoutSpacing() {
        SendPacing noSpacing = new SendPacing(Duration.ZERO, PARIS, 9, 17);
        MailboxUsage justSent = noSpacing.afterSendAt(TUESDAY_10H_PARIS, MailboxUsage.unused(MAILBOX));

        assertThat(noSpacing.decide(TUESDAY_10H_PARIS, justSent, 30)).isEqualTo(PacingDecision.SEND);
    }

    @Test
    void shouldBumpTheVersionWithEverySend() {
        MailboxUsage once = businessHours.afterSendAt(TUESDAY_10H_PARIS, MailboxUsage.unused(MAILBOX));
        MailboxUsage twice = businessHours.afterSendAt(TUESDAY_10H_PARIS.plusSeconds(600), once);

        assertThat(once.version()).isEqualTo(1);
        assertThat(twice.version()).isEqualTo(2);
        assertThat(twice.lastSentAt()).isEqualTo(TUESDAY_10H_PARIS.plusSeconds(600));
    }

    @Test
    void shouldRefuseAnEmptyOrInvertedWindow() {
        assertThatThrownBy(() -> new SendPacing(Duration.ZERO, PARIS, 17, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendPacing(Duration.ZERO, PARIS, 9, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendPacing(Duration.ofSeconds(-1), PARIS, 0, 24)).isInstanceOf(IllegalArgumentException.class);
    }
}
