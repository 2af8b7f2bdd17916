package io.opensdr.campaign.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The values of the dashboard counters for one scope (a workspace or a campaign, all time or one day). */
public record Tallies(Map<Tally, Long> values) {

    public static final Tallies NONE = new Tallies(Map.of());

    public Tallies {
        EnumMap<Tally, Long> copy = new EnumMap<>(Tally.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    public long get(Tally tally) {
        return values.getOrDefault(tally, 0L);
    }

    public Tallies plus(Tallies other) {
        EnumMap<Tally, Long> sum = new EnumMap<>(Tally.class);
        for (Tally tally : Tally.values()) {
            long value = get(tally) + other.get(tally);
            if (value != 0) {
                sum.put(tally, value);
            }
        }
        return new Tallies(sum);
    }
}
