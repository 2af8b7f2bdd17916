package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SendPacingTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String MAILBOX = "sales@opensdr.example";
    /** 10:00 in Paris (CET, UTC+1). */
    private static final Instant TUESDAY_10H_PARIS = Instant.parse("2026-01-06T09:00:00Z");
    private static final CampaignSending WEEKDAYS_9_TO_17_PARIS = CampaignSending.defaults(PARIS);

    private final SendPacing pacing = new SendPacing(Duration.ofMinutes(5), Duration.ofMinutes(2), SendRamp.NONE, true,
            ZoneOffset.UTC, bound -> bound - 1);

    private static SendPacing.Situation at(Instant now, CampaignSending campaign, ZoneId prospectZone, MailboxUsage usage) {
        return new SendPacing.Situation(now, campaign, prospectZone, usage, 30, 0, false);
    }

    @Test
    void shouldSendFromAnUnusedMailboxInsideTheWindow() {
        assertThat(pacing.decide(at(TUESDAY_10H_PARIS, WEEKDAYS_9_TO_17_PARIS, null, MailboxUsage.unused(MAILBOX))))
                .isEqualTo(PacingDecision.SEND);
    }

    @Test
    void shouldCountTheWindowInTheProspectsZoneAndFallBackToTheCampaigns() {
        Instant eightFiftyNineInParis = Instant.parse("2026-01-06T07:59:00Z");

        assertThat(pacing.decide(at(eightFiftyNineInParis, WEEKDAYS_9_TO_17_PARIS, null, MailboxUsage.unused(MAILBOX))))
                .isEqualTo(PacingDecision.OUTSIDE_WINDOW);
        assertThat(pacing.decide(at(eightFiftyNineInParis, WEEKDAYS_9_TO_17_PARIS, ZoneId.of("Asia/Dubai"),
                MailboxUsage.unused(MAILBOX)))).as("10:59 in Dubai").isEqualTo(PacingDecision.SEND);
    }

    @Test
    void shouldStopSendingWhenTheWindowClosesAndOnDaysOutsideIt() {
        assertThat(pacing.decide(at(Instant.parse("2026-01-06T15:59:59Z"), WEEKDAYS_9_TO_17_PARIS, null,
                MailboxUsage.unused(MAILBOX)))).isEqualTo(PacingDecision.SEND);
        assertThat(pacing.decide(at(Instant.parse("2026-01-06T16:00:00Z"), WEEKDAYS_9_TO_17_PARIS, null,
                MailboxUsage.unused(MAILBOX)))).isEqualTo(PacingDecision.OUTSIDE_WINDOW);
        assertThat(pacing.decide(at(Instant.parse("2026-01-10T10:00:00Z"), WEEKDAYS_9_TO_17_PARIS, null,
                MailboxUsage.unused(MAILBOX)))).as("a Saturday").isEqualTo(PacingDecision.OUTSIDE_WINDOW);
    }

    @Test
    void shouldIgnoreTheWindowWhenToldTo() {
        SendPacing aroundTheClock = new SendPacing(Duration.ZERO, Duration.ZERO, SendRamp.NONE, false, ZoneOffset.UTC,
                bound -> 0);

        assertThat(aroundTheClock.decide(at(Instant.parse("2026-01-10T23:59:59Z"), WEEKDAYS_9_TO_17_PARIS, null,
                MailboxUsage.unused(MAILBOX)))).isEqualTo(PacingDecision.SEND);
    }

    @Test
    void shouldStopAtTheMailboxsCapThenTheCampaignsAndWaitForTheSpacingPlusJitter() {
        MailboxUsage usage = MailboxUsage.unused(MAILBOX);
        Instant at = TUESDAY_10H_PARIS;
        for (int sent = 0; sent < 3; sent++) {
            assertThat(pacing.decide(new SendPacing.Situation(at, WEEKDAYS_9_TO_17_PARIS, null, usage, 3, 0, false)))
                    .isEqualTo(PacingDecision.SEND);
            usage = pacing.afterSendAt(at, usage);
            assertThat(usage.nextSendAt()).isEqualTo(at.plus(Duration.ofMinutes(7)));
            at = at.plus(Duration.ofMinutes(7));
        }

        assertThat(pacing.decide(new SendPacing.Situation(at, WEEKDAYS_9_TO_17_PARIS, null, usage, 3, 0, false)))
                .isEqualTo(PacingDecision.DAILY_CAP_REACHED);
        assertThat(pacing.decide(new SendPacing.Situation(at, WEEKDAYS_9_TO_17_PARIS, null, usage, 30, 100, false)))
                .isEqualTo(PacingDecision.CAMPAIGN_CAP_REACHED);
        assertThat(pacing.decide(new SendPacing.Situation(at.minusSeconds(1), WEEKDAYS_9_TO_17_PARIS, null, usage, 30,
                0, false))).isEqualTo(PacingDecision.TOO_SOON);
        assertThat(pacing.decide(new SendPacing.Situation(at, WEEKDAYS_9_TO_17_PARIS, null, usage, 30, 0, true)))
                .isEqualTo(PacingDecision.PROSPECT_EMAILED_TODAY);
    }

    @Test
    void shouldDrawTheJitterAnewForEverySend() {
        long[] draws = {0, 60_000};
        int[] next = {0};
        SendPacing jittery = new SendPacing(Duration.ofMinutes(1), Duration.ofMinutes(1), SendRamp.NONE, true,
                ZoneOffset.UTC, bound -> draws[next[0]++]);
        MailboxUsage first = jittery.afterSendAt(TUESDAY_10H_PARIS, MailboxUsage.unused(MAILBOX));
        MailboxUsage second = jittery.afterSendAt(TUESDAY_10H_PARIS, first);

        assertThat(first.nextSendAt()).isEqualTo(TUESDAY_10H_PARIS.plus(Duration.ofMinutes(1)));
        assertThat(second.nextSendAt()).isEqualTo(TUESDAY_10H_PARIS.plus(Duration.ofMinutes(2)));
    }

    @Test
    void shouldRampANewMailboxFromItsFirstDayToItsFullCap() {
        SendRamp ramp = new SendRamp(5, 10);
        LocalDate first = LocalDate.of(2026, 1, 6);

        assertThat(ramp.capOn(first, null, true, 30)).as("never sent").isEqualTo(5);
        assertThat(ramp.capOn(first, first, false, 30)).isEqualTo(5);
        assertThat(ramp.capOn(first.plusDays(4), first, false, 30)).isEqualTo(5 + 25 * 4 / 10);
        assertThat(ramp.capOn(first.plusDays(10), first, false, 30)).isEqualTo(30);
        assertThat(ramp.capOn(first.plusDays(40), first, false, 30)).isEqualTo(30);
        assertThat(ramp.capOn(first, null, false, 30)).as("a mailbox from before the ramp").isEqualTo(30);
        assertThat(ramp.capOn(first, first, false, 3)).as("never above the cap").isEqualTo(3);
        assertThat(SendRamp.NONE.capOn(first, null, true, 30)).isEqualTo(30);
    }

    @Test
    void shouldCountTheRampFromTheMailboxsFirstSend() {
        SendPacing ramped = new SendPacing(Duration.ZERO, Duration.ZERO, new SendRamp(2, 10), true, ZoneOffset.UTC,
                bound -> 0);
        MailboxUsage usage = ramped.afterSendAt(TUESDAY_10H_PARIS, MailboxUsage.unused(MAILBOX));

        assertThat(usage.firstDay()).isEqualTo(LocalDate.of(2026, 1, 6));
        usage = ramped.afterSendAt(TUESDAY_10H_PARIS, usage);
        assertThat(usage.firstDay()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(ramped.decide(new SendPacing.Situation(TUESDAY_10H_PARIS, WEEKDAYS_9_TO_17_PARIS, null, usage, 30,
                0, false))).isEqualTo(PacingDecision.DAILY_CAP_REACHED);
    }

    @Test
    void shouldRefuseAnInvalidWindow() {
        assertThatThrownBy(() -> new CampaignSending(EnumSet.of(DayOfWeek.MONDAY), 17, 9, PARIS, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CampaignSending(EnumSet.of(DayOfWeek.MONDAY), 0, 25, PARIS, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
