package io.opensdr.outreach.config;

import io.opensdr.kit.outbox.OutboxCollection;
import io.opensdr.outreach.domain.CampaignStore;
import io.opensdr.outreach.domain.MeetingBookings;
import io.opensdr.outreach.domain.MeetingProspects;
import io.opensdr.outreach.domain.MeetingStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Meetings booked through the schedulers' webhooks. */
@Configuration
public class MeetingsConfiguration {

    /** Bookings carry MeetingBooked in their outbox. */
    @Bean
    OutboxCollection meetingsOutbox() {
        return new OutboxCollection("meetings");
    }

    @Bean
    MeetingBookings meetingBookings(MeetingStore meetings, MeetingProspects prospects, CampaignStore campaigns,
                                    Clock clock) {
        return new MeetingBookings(meetings, prospects, campaigns, clock);
    }
}
