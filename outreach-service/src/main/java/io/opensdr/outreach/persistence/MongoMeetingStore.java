package io.opensdr.outreach.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.kit.outbox.Outbox;
import io.opensdr.kit.outbox.OutboxEntry;
import io.opensdr.outreach.domain.Meeting;
import io.opensdr.outreach.domain.MeetingStatus;
import io.opensdr.outreach.domain.MeetingStore;
import io.opensdr.outreach.domain.Scheduler;
import io.opensdr.outreach.messaging.MeetingEvents;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Each change is one single-document write: the insert, or an update whose filter holds the status it leaves. */
@Repository
class MongoMeetingStore implements MeetingStore {

    private final MongoTemplate mongo;

    MongoMeetingStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Meeting> find(Scheduler scheduler, String bookingRef) {
        return Optional.ofNullable(mongo.findById(MeetingDocument.idOf(scheduler, bookingRef), MeetingDocument.class))
                .map(MeetingDocument::toDomain);
    }

    @Override
    public boolean insert(Meeting meeting, boolean announce, Instant at) {
        List<OutboxEntry> outbox = announce ? List.of(OutboxEntry.of(MeetingEvents.meetingBooked(meeting, at))) : List.of();
        try {
            mongo.insert(MeetingDocument.of(meeting, at, outbox));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean update(Meeting current, Meeting next, boolean announce, Instant at) {
        Update update = new Update()
                .set("status", next.status().name())
                .set("startsAt", next.startsAt())
                .set("endsAt", next.endsAt())
                .set("supersededBy", next.supersededBy())
                .set("changedAt", at);
        if (announce) {
            Outbox.record(update, MeetingEvents.meetingBooked(next, at));
        }
        Query stillCurrent = query(where("_id").is(MeetingDocument.idOf(current.scheduler(), current.bookingRef()))
                .and("status").is(current.status().name()));
        return mongo.updateFirst(stillCurrent, update, MeetingDocument.class).getMatchedCount() == 1;
    }

    @Override
    public Optional<Meeting> awaitingNewTime(Scheduler scheduler, String prospectId) {
        Query moved = query(where("prospectId").is(prospectId).and("scheduler").is(scheduler.name())
                .and("status").is(MeetingStatus.MOVED.name()).and("supersededBy").is(null))
                .with(Sort.by(Sort.Direction.DESC, "changedAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(moved, MeetingDocument.class)).map(MeetingDocument::toDomain);
    }
}
