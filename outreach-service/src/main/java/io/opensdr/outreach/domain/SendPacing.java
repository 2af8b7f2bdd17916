package io.opensdr.outreach.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.LongUnaryOperator;

/**
 * The pace rules, as the good sequencing tools apply them: the campaign's window (days and hours
 * in the prospect's time zone), at most one email per prospect per day, the mailbox's daily cap
 * (lowered by the ramp while the mailbox is new), the campaign's daily cap, and a minimum spacing
 * plus random jitter between two sends of one mailbox, so that it never sends like a machine.
 * Days (for the caps) are counted in one configured zone, so a mailbox's day starts at the same
 * instant for all of its campaigns.
 */
public class SendPacing {

    private final Duration minSpacing;
    private final Duration maxJitter;
    private final SendRamp ramp;
    private final boolean honourCampaignWindow;
    private final ZoneId dayZone;
    private final LongUnaryOperator randomBelow;

    /**
     * @param honourCampaignWindow false sends around the clock (a local stack that must work at night)
     * @param randomBelow          n → a random long in [0, n)
     */
    public SendPacing(Duration minSpacing, Duration maxJitter, SendRamp ramp, boolean honourCampaignWindow,
                      ZoneId dayZone, LongUnaryOperator randomBelow) {
        if (minSpacing == null || minSpacing.isNegative() || maxJitter == null || maxJitter.isNegative()) {
            throw new IllegalArgumentException("The minimum spacing and the jitter must be zero or more");
        }
        this.minSpacing = minSpacing;
        this.maxJitter = maxJitter;
        this.ramp = ramp;
        this.honourCampaignWindow = honourCampaignWindow;
        this.dayZone = dayZone;
        this.randomBelow = randomBelow;
    }

    /** What pacing knows when one email's turn comes. */
    public record Situation(Instant now, CampaignSending campaign, ZoneId prospectZone, MailboxUsage mailbox,
                            int mailboxCap, long campaignSentToday, boolean prospectEmailedToday) {
    }

    public PacingDecision decide(Situation s) {
        if (honourCampaignWindow && !s.campaign().isOpenAt(s.now(), s.prospectZone())) {
            return PacingDecision.OUTSIDE_WINDOW;
        }
        LocalDate today = dayOf(s.now());
        if (s.mailbox().sentOn(today) >= mailboxCapOn(today, s.mailbox(), s.mailboxCap())) {
            return PacingDecision.DAILY_CAP_REACHED;
        }
        if (s.campaignSentToday() >= s.campaign().dailyCap()) {
            return PacingDecision.CAMPAIGN_CAP_REACHED;
        }
        if (s.mailbox().nextSendAt() != null && s.now().isBefore(s.mailbox().nextSendAt())) {
            return PacingDecision.TOO_SOON;
        }
        if (s.prospectEmailedToday()) {
            return PacingDecision.PROSPECT_EMAILED_TODAY;
        }
        return PacingDecision.SEND;
    }

    /** The mailbox's cap on that day, with the ramp of a new mailbox applied. */
    public int mailboxCapOn(LocalDate day, MailboxUsage usage, int fullCap) {
        return ramp.capOn(day, usage.firstDay(), usage.version() == 0, fullCap);
    }

    /** The usage once one more email left at {@code now}: the next may leave after the spacing plus jitter. */
    public MailboxUsage afterSendAt(Instant now, MailboxUsage usage) {
        long jitterMillis = maxJitter.isZero() ? 0 : randomBelow.applyAsLong(maxJitter.toMillis() + 1);
        Instant next = now.plus(minSpacing).plusMillis(jitterMillis);
        return usage.withSendAt(now, dayOf(now), next);
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(dayZone).toLocalDate();
    }

    /** The first instant of the day that {@code instant} falls in. */
    public Instant startOfDay(Instant instant) {
        return dayOf(instant).atStartOfDay(dayZone).toInstant();
    }
}
