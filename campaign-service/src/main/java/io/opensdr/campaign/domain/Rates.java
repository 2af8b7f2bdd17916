package io.opensdr.campaign.domain;

/**
 * The dashboard's rates, each a share of the prospects contacted (sent at least one email), so that
 * they stay between 0 and 1 whatever the number of follow-ups: delivered, opened by a human,
 * clicked by a human, replied (auto-replies excluded), booked a meeting, bounced, unsubscribed.
 * Null when nobody was contacted yet. {@code qualification} is qualified over found.
 */
public record Rates(Double qualification, Double delivery, Double open, Double click, Double reply, Double meeting,
                    Double bounce, Double unsubscribe) {

    public static Rates of(Tallies tallies) {
        long contacted = tallies.get(Tally.PROSPECTS_CONTACTED);
        return new Rates(share(tallies.get(Tally.QUALIFIED), tallies.get(Tally.PROSPECTS_FOUND)),
                share(tallies.get(Tally.DELIVERED), contacted),
                share(tallies.get(Tally.HUMAN_OPENS), contacted),
                share(tallies.get(Tally.CLICKS), contacted),
                share(tallies.get(Tally.REPLIES), contacted),
                share(tallies.get(Tally.MEETINGS_BOOKED), contacted),
                share(tallies.get(Tally.BOUNCES), contacted),
                share(tallies.get(Tally.UNSUBSCRIBES), contacted));
    }

    /** part / whole rounded to 4 decimals, capped at 1; null when whole is 0. */
    static Double share(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        double ratio = Math.min(1.0, Math.max(0.0, (double) part / whole));
        return Math.round(ratio * 10_000) / 10_000.0;
    }
}
