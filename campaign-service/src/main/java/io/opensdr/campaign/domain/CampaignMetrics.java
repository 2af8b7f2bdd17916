package io.opensdr.campaign.domain;

/** How many of a campaign's prospects reached each stage. Each prospect counts at most once per stage;
 * emails sent count once per prospect and step. */
public record CampaignMetrics(long prospectsFound, long qualified, long inReview, long rejected, long emailsDrafted,
                              long emailsApproved, long emailsSent, long delivered, long humanOpens, long clicks,
                              long replies, long bounces, long unsubscribes, long spamReports, long meetingsBooked) {

    /** Read from the campaign's pre-aggregated counters; {@code emailsSent} counts emails (one per prospect and step). */
    public static CampaignMetrics of(Tallies tallies) {
        return new CampaignMetrics(tallies.get(Tally.PROSPECTS_FOUND), tallies.get(Tally.QUALIFIED),
                tallies.get(Tally.IN_REVIEW), tallies.get(Tally.REJECTED), tallies.get(Tally.EMAILS_DRAFTED),
                tallies.get(Tally.EMAILS_APPROVED), tallies.get(Tally.EMAILS_SENT), tallies.get(Tally.DELIVERED),
                tallies.get(Tally.HUMAN_OPENS), tallies.get(Tally.CLICKS), tallies.get(Tally.REPLIES),
                tallies.get(Tally.BOUNCES), tallies.get(Tally.UNSUBSCRIBES), tallies.get(Tally.SPAM_REPORTS),
                tallies.get(Tally.MEETINGS_BOOKED));
    }
}
