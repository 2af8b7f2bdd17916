package io.opensdr.outreach.domain;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;

/**
 * What the open pixel and the click redirect record. A token this service did not sign records
 * nothing and redirects nowhere. A click leads to the link of the ledger's approved text the
 * token names, only if it is still the link that was signed; an email the ledger no longer holds
 * in full (erased) has no destination any more.
 */
public class LinkTracking {

    private static final int MAX_AGENT = 300;

    private final TrackingLinks links;
    private final SentEmails sentEmails;
    private final Engagements engagements;
    private final Clock clock;

    public LinkTracking(TrackingLinks links, SentEmails sentEmails, Engagements engagements, Clock clock) {
        this.links = links;
        this.sentEmails = sentEmails;
        this.engagements = engagements;
        this.clock = clock;
    }

    /** @return whether an open was recorded */
    public boolean opened(String token, String userAgent) {
        return links.openedEmail(token).flatMap(sentEmails::byId)
                .map(sent -> engagements.record(sent.engagement(EngagementKind.OPENED, MachineAgents.isMachine(userAgent),
                        agent(userAgent), null, clock.instant())))
                .orElse(false);
    }

    /** @return where to send the visitor: the signed destination, or empty for a forged or altered token */
    public Optional<URI> clicked(String token, String userAgent) {
        Optional<TrackingLinks.Click> click = links.click(token);
        if (click.isEmpty()) {
            return Optional.empty();
        }
        Optional<SentEmail> sent = sentEmails.byId(click.get().emailId());
        Optional<URI> destination = sent.flatMap(email -> click.get().destinationIn(email.body()));
        destination.ifPresent(uri -> engagements.record(sent.get().engagement(EngagementKind.CLICKED,
                MachineAgents.isMachine(userAgent), uri.toString(), null, clock.instant())));
        return destination;
    }

    private static String agent(String userAgent) {
        if (userAgent == null) {
            return null;
        }
        return userAgent.length() <= MAX_AGENT ? userAgent : userAgent.substring(0, MAX_AGENT);
    }
}
