package io.opensdr.simulator;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One look at every prospect's mailbox: each email not handled yet gets its {@link Decision}, and
 * once its think time has passed, the prospect acts: out-of-office, open, click, book, reply,
 * unsubscribe. Each step is recorded as soon as it is done, so a pass cut short by an unreachable
 * gateway resumes where it stopped. A step the platform refuses (say 404: that tracking is not
 * built) is logged and not retried.
 */
final class Simulation {

    static final String AUTO_REPLY = "auto-reply";
    static final String OPEN = "open";
    static final String CLICK = "click";
    static final String BOOK = "book";
    static final String REPLY = "reply";
    static final String UNSUBSCRIBE = "unsubscribe";

    /** What a pass did, for the log. */
    record Pass(int prospects, int emails, int acted, int waiting) {
    }

    private final SimulatorOptions options;
    private final Gateway gateway;
    private final Mailboxes mailboxes;
    private final HandledLog handled;
    private final Clock clock;

    Simulation(SimulatorOptions options, Gateway gateway, Mailboxes mailboxes, HandledLog handled, Clock clock) {
        this.options = options;
        this.gateway = gateway;
        this.mailboxes = mailboxes;
        this.handled = handled;
        this.clock = clock;
    }

    Pass runOnce() {
        Set<String> prospects = gateway.approvedRecipients();
        int emails = 0;
        int acted = 0;
        int waiting = 0;
        for (String address : prospects) {
            for (ReceivedEmail email : mailboxes.read(address, id -> handled.has(id, HandledLog.FINISHED))) {
                if (email.messageId() == null || handled.has(email.messageId(), HandledLog.FINISHED)) {
                    continue;
                }
                emails++;
                Decision decision = Decision.decide(options.seed(), email.messageId(), options.rates(), options.maxThinkTime());
                Instant seen = handled.firstSeen(email.messageId(), clock.instant());
                if (clock.instant().isBefore(seen.plus(decision.thinkTime()))) {
                    waiting++;
                    continue;
                }
                act(email, decision);
                handled.record(email.messageId(), HandledLog.FINISHED);
                acted++;
            }
        }
        return new Pass(prospects.size(), emails, acted, waiting);
    }

    private void act(ReceivedEmail email, Decision decision) {
        String who = email.mailbox();
        String id = email.messageId();
        if (!decision.doesAnything()) {
            Log.info(who + ": leaves \"" + email.subject() + "\" unopened");
        }
        step(id, AUTO_REPLY, decision.autoReply(), () -> {
            mailboxes.send(build(() -> Replies.outOfOffice(mailboxes.session(), email, decision.variant())));
            Log.info(who + ": out-of-office auto-reply sent to " + email.replyTo());
        });
        step(id, OPEN, decision.open(), () -> open(email));
        Optional<String> clickedTo = Optional.empty();
        if (decision.click() && !handled.has(id, CLICK)) {
            clickedTo = click(email);
            handled.record(id, CLICK);
        }
        Optional<String> redirectTarget = clickedTo;
        step(id, BOOK, decision.book(), () -> book(email, decision, redirectTarget));
        step(id, REPLY, decision.reply(), () -> {
            mailboxes.send(build(() -> Replies.reply(mailboxes.session(), email, decision.variant())));
            Log.info(who + ": replied to \"" + email.subject() + "\"");
        });
        step(id, UNSUBSCRIBE, decision.unsubscribe(), () -> unsubscribe(email));
    }

    private void step(String messageId, String step, boolean wanted, Runnable action) {
        if (wanted && !handled.has(messageId, step)) {
            action.run();
            handled.record(messageId, step);
        }
    }

    private void open(ReceivedEmail email) {
        Optional<String> pixel = EmailLinks.openPixel(email.html()).filter(Gateway::isLocalApi);
        if (pixel.isEmpty()) {
            Log.info(email.mailbox() + ": opened \"" + email.subject() + "\" (no open pixel in it: nothing to fetch)");
            return;
        }
        Gateway.Answer answer = gateway.follow(pixel.get());
        Log.info(email.mailbox() + ": opened \"" + email.subject() + "\" (open pixel: " + outcome(answer) + ")");
    }

    /** Follows the tracked link a prospect would click; returns where its redirect points, if it does. */
    private Optional<String> click(ReceivedEmail email) {
        Optional<String> tracked = EmailLinks.linkToClick(email.html(), email.urls()).filter(Gateway::isLocalApi);
        if (tracked.isEmpty()) {
            Log.info(email.mailbox() + ": clicked a link (no tracked link in the email: nothing fetched)");
            return Optional.empty();
        }
        Gateway.Answer answer = gateway.follow(tracked.get());
        Log.info(email.mailbox() + ": clicked a tracked link (" + outcome(answer)
                + answer.location().map(location -> ", redirected to " + location).orElse("") + ")");
        return answer.location();
    }

    private void book(ReceivedEmail email, Decision decision, Optional<String> redirectTarget) {
        Optional<BookingLink> link = EmailLinks.bookingLink(email.urls())
                .or(() -> redirectTarget.flatMap(BookingLink::parse));
        // Without a link carrying the ids (a campaign without a scheduler link, say), the prospect
        // books on the sender's scheduler page directly: outreach can only match the address.
        Scheduler scheduler = link.flatMap(BookingLink::scheduler)
                .orElse(decision.useCalCom() ? Scheduler.CAL_COM : Scheduler.CALENDLY);
        Instant startsAt = meetingStart(clock.instant(), decision.variant());
        String name = link.map(BookingLink::name).orElse(null);
        String inviteeEmail = link.map(BookingLink::email).orElse(email.mailbox());
        SchedulerWebhooks.Booking booked = new SchedulerWebhooks.Booking(scheduler,
                bookingRef(options.seed(), email.messageId()),
                name != null ? name : email.mailbox().substring(0, email.mailbox().indexOf('@')),
                inviteeEmail, startsAt, startsAt.plus(Duration.ofMinutes(30)),
                link.map(BookingLink::campaignId).orElse(null), link.map(BookingLink::prospectId).orElse(null));
        Gateway.Answer answer = gateway.post(SchedulerWebhooks.signed(booked, options.calendlySigningKey(),
                options.calComSecret(), clock.instant()));
        Log.info(email.mailbox() + ": booked a meeting on " + startsAt + " through " + scheduler
                + (link.isPresent() ? " with the link's ids" : " without a booking link (matched by address only)")
                + " (webhook: " + outcome(answer) + ")");
    }

    private void unsubscribe(ReceivedEmail email) {
        Optional<String> link = EmailLinks.unsubscribeUrl(email.listUnsubscribe()).filter(Gateway::isLocalApi);
        if (link.isEmpty()) {
            Log.info(email.mailbox() + ": would unsubscribe, but the email has no List-Unsubscribe link to OpenSDR");
            return;
        }
        Gateway.Answer answer = gateway.unsubscribeOneClick(link.get());
        Log.info(email.mailbox() + ": unsubscribed with one click (" + outcome(answer) + ")");
    }

    /** A weekday 2 to 6 days ahead, on the hour between 09:00 and 16:00 UTC. */
    static Instant meetingStart(Instant now, int variant) {
        ZonedDateTime day = now.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(2 + Math.floorMod(variant, 5));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.plusHours(9 + Math.floorMod(variant / 5, 8)).toInstant();
    }

    /** The same email under the same seed books under the same reference, so a replay is recognised. */
    static String bookingRef(long seed, String messageId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((seed + "|" + messageId).getBytes(StandardCharsets.UTF_8));
            return "SIM" + HexFormat.of().formatHex(digest, 0, 10).toUpperCase(java.util.Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String outcome(Gateway.Answer answer) {
        return answer.isSuccess() ? "HTTP " + answer.status() : "refused with HTTP " + answer.status() + ", not retried";
    }

    private interface MessageBuilder {
        jakarta.mail.internet.MimeMessage build() throws MessagingException;
    }

    private static jakarta.mail.internet.MimeMessage build(MessageBuilder builder) {
        try {
            return builder.build();
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot write the reply: " + e.getMessage(), e);
        }
    }
}
