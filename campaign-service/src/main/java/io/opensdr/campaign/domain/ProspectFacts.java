package io.opensdr.campaign.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is known about one prospect, from which the dashboard counters follow: each change of these
 * facts yields the exact counter deltas it implies, and an event that changes nothing (a
 * redelivery, an older re-scoring) yields none. Pure: the store applies the change exactly once.
 */
public record ProspectFacts(Set<Milestone> reached, Set<Integer> sentSteps, Qualification qualification,
                            Instant qualifiedAt, boolean hot, boolean meeting, Instant meetingChangedAt) {

    public static final ProspectFacts NONE = new ProspectFacts(Set.of(), Set.of(), null, null, false, false, null);

    public ProspectFacts {
        reached = reached.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reached));
        sentSteps = Set.copyOf(new TreeSet<>(sentSteps));
    }

    public Optional<ProgressChange> reach(Milestone milestone, Instant at) {
        if (reached.contains(milestone)) {
            return Optional.empty();
        }
        return Optional.of(new ProgressChange(withReached(milestone), Map.of(Tally.of(milestone), 1),
                ProgressChange.dayOf(at), null));
    }

    /** An email was sent: it counts once per step, and the prospect counts as contacted once. */
    public Optional<ProgressChange> send(int step, Instant at) {
        if (sentSteps.contains(step)) {
            return Optional.empty();
        }
        Set<Integer> steps = new TreeSet<>(sentSteps);
        steps.add(step);
        Map<Tally, Integer> deltas = new EnumMap<>(Tally.class);
        deltas.put(Tally.EMAILS_SENT, 1);
        if (!reached.contains(Milestone.SENT)) {
            deltas.put(Tally.PROSPECTS_CONTACTED, 1);
        }
        ProspectFacts next = new ProspectFacts(with(reached, Milestone.SENT), steps, qualification, qualifiedAt, hot,
                meeting, meetingChangedAt);
        return Optional.of(new ProgressChange(next, deltas, ProgressChange.dayOf(at), null));
    }

    /**
     * The latest decision wins by its time, so a late redelivery of an older one changes nothing.
     * A prospect that turns hot raises an alert.
     */
    public Optional<ProgressChange> qualify(Qualification decision, boolean isHot, HotLead lead, Instant decidedAt) {
        if (qualifiedAt != null && qualifiedAt.isAfter(decidedAt)) {
            return Optional.empty();
        }
        if (decision == qualification && isHot == hot && decidedAt.equals(qualifiedAt)) {
            return Optional.empty();
        }
        Map<Tally, Integer> deltas = new HashMap<>();
        if (decision != qualification) {
            if (qualification != null) {
                deltas.merge(Tally.of(qualification), -1, Integer::sum);
            }
            deltas.merge(Tally.of(decision), 1, Integer::sum);
        }
        if (isHot != hot) {
            deltas.put(Tally.HOT, isHot ? 1 : -1);
        }
        ProspectFacts next = new ProspectFacts(reached, sentSteps, decision, decidedAt, isHot, meeting, meetingChangedAt);
        return Optional.of(new ProgressChange(next, deltas, ProgressChange.dayOf(decidedAt), isHot && !hot ? lead : null));
    }

    /** The latest booking change wins by its time; a cancellation takes the meeting away again. */
    public Optional<ProgressChange> meeting(boolean hasMeeting, Instant changedAt) {
        if (meetingChangedAt != null && !meetingChangedAt.isBefore(changedAt)) {
            return Optional.empty();
        }
        Map<Tally, Integer> deltas = hasMeeting == meeting ? Map.of() : Map.of(Tally.MEETINGS_BOOKED, hasMeeting ? 1 : -1);
        ProspectFacts next = new ProspectFacts(reached, sentSteps, qualification, qualifiedAt, hot, hasMeeting, changedAt);
        return Optional.of(new ProgressChange(next, deltas, ProgressChange.dayOf(changedAt), null));
    }

    private ProspectFacts withReached(Milestone milestone) {
        return new ProspectFacts(with(reached, milestone), sentSteps, qualification, qualifiedAt, hot, meeting,
                meetingChangedAt);
    }

    private static Set<Milestone> with(Set<Milestone> milestones, Milestone milestone) {
        EnumSet<Milestone> next = EnumSet.noneOf(Milestone.class);
        next.addAll(milestones);
        next.add(milestone);
        return next;
    }
}
