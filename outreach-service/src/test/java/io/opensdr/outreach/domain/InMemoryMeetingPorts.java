package io.opensdr.outreach.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The meeting ports in memory, with the contracts of the MongoDB adapters (exercised by MeetingWebhooksIT). */
final class InMemoryMeetingPorts {

    private InMemoryMeetingPorts() {
    }

    static class Meetings implements MeetingStore {
        final Map<String, Meeting> byKey = new LinkedHashMap<>();
        final Map<String, Instant> changedAt = new LinkedHashMap<>();
        /** The MeetingBooked events that would have been recorded, in order. */
        final List<Meeting> announced = new ArrayList<>();

        @Override
        public Optional<Meeting> find(Scheduler scheduler, String bookingRef) {
            return Optional.ofNullable(byKey.get(key(scheduler, bookingRef)));
        }

        @Override
        public boolean insert(Meeting meeting, boolean announce, Instant at) {
            if (byKey.putIfAbsent(key(meeting.scheduler(), meeting.bookingRef()), meeting) != null) {
                return false;
            }
            changedAt.put(key(meeting.scheduler(), meeting.bookingRef()), at);
            if (announce) {
                announced.add(meeting);
            }
            return true;
        }

        @Override
        public boolean update(Meeting current, Meeting next, boolean announce, Instant at) {
            String key = key(current.scheduler(), current.bookingRef());
            Meeting stored = byKey.get(key);
            if (stored == null || stored.status() != current.status()) {
                return false;
            }
            byKey.put(key, next);
            changedAt.put(key, at);
            if (announce) {
                announced.add(next);
            }
            return true;
        }

        @Override
        public Optional<Meeting> awaitingNewTime(Scheduler scheduler, String prospectId) {
            return byKey.entrySet().stream()
                    .filter(entry -> entry.getValue().scheduler() == scheduler && entry.getValue().isMatched()
                            && entry.getValue().prospect().prospectId().equals(prospectId)
                            && entry.getValue().status() == MeetingStatus.MOVED && entry.getValue().supersededBy() == null)
                    .max(Comparator.comparing(entry -> changedAt.get(entry.getKey())))
                    .map(Map.Entry::getValue);
        }

        Meeting get(Scheduler scheduler, String bookingRef) {
            return byKey.get(key(scheduler, bookingRef));
        }

        private static String key(Scheduler scheduler, String bookingRef) {
            return scheduler + ":" + bookingRef;
        }
    }

    /** Prospects outreach wrote to, the most recent last. */
    static class Prospects implements MeetingProspects {
        final List<Written> written = new ArrayList<>();

        record Written(ProspectMatch prospect, String email) {
        }

        Prospects wroteTo(String workspaceId, String campaignId, String prospectId, String email) {
            written.add(new Written(new ProspectMatch(workspaceId, campaignId, prospectId), email));
            return this;
        }

        @Override
        public Optional<ProspectMatch> byId(String prospectId, String campaignId) {
            return newestFirst().stream().map(Written::prospect)
                    .filter(prospect -> prospect.prospectId().equals(prospectId))
                    .filter(prospect -> campaignId == null || prospect.campaignId().equals(campaignId))
                    .findFirst();
        }

        @Override
        public List<ProspectMatch> byEmail(String email, String workspaceId) {
            return newestFirst().stream()
                    .filter(each -> each.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT)))
                    .map(Written::prospect)
                    .filter(prospect -> workspaceId == null || prospect.workspaceId().equals(workspaceId))
                    .toList();
        }

        private List<Written> newestFirst() {
            List<Written> copy = new ArrayList<>(written);
            java.util.Collections.reverse(copy);
            return copy;
        }
    }
}
