package io.opensdr.campaign.web;

import io.opensdr.campaign.config.DashboardProperties;
import io.opensdr.campaign.domain.DashboardReader;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboard's live updates (server-sent events), per workspace. Every poll interval it reads
 * the version of each subscribed workspace's totals (one query by id for all of them) and, for each
 * workspace whose counters changed, sends its subscribers one {@code dashboard} event with the new
 * metrics bar: bursts of events coalesce into at most one message per workspace per interval, and
 * a change made by any instance of the service is seen. Idle streams get a heartbeat comment; a
 * stream whose client went away is dropped at its first failed write.
 */
@Component
public class DashboardStream implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DashboardStream.class);

    /** What a {@code dashboard} event carries: the SPA refreshes its dashboard and tracker queries. */
    record Update(long version, DashboardViews.MetricsBar metricsBar, Instant at) {
    }

    private final DashboardReader reader;
    private final DashboardProperties properties;
    private final Clock clock;
    private final Map<String, Set<SseEmitter>> subscribers = new ConcurrentHashMap<>();
    private final Map<String, Long> sentVersions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dashboard-stream");
        thread.setDaemon(true);
        return thread;
    });

    public DashboardStream(DashboardReader reader, DashboardProperties properties, Clock clock) {
        this.reader = reader;
        this.properties = properties;
        this.clock = clock;
        long poll = properties.pollInterval().toMillis();
        long heartbeat = properties.heartbeatInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::pushChanges, poll, poll, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
    }

    /** A new stream for the workspace: it starts with the current numbers. */
    SseEmitter subscribe(String workspaceId) {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        subscribers.compute(workspaceId, (id, emitters) -> {
            Set<SseEmitter> next = emitters == null ? new CopyOnWriteArraySet<>() : emitters;
            next.add(emitter);
            return next;
        });
        emitter.onCompletion(() -> forget(workspaceId, emitter));
        emitter.onTimeout(() -> forget(workspaceId, emitter));
        emitter.onError(error -> forget(workspaceId, emitter));
        DashboardReader.Totals totals = reader.workspace(workspaceId);
        sentVersions.putIfAbsent(workspaceId, totals.version());
        send(workspaceId, emitter, update(totals));
        return emitter;
    }

    int subscriberCount() {
        return subscribers.values().stream().mapToInt(Set::size).sum();
    }

    void pushChanges() {
        try {
            if (subscribers.isEmpty()) {
                return;
            }
            Map<String, Long> versions = reader.versions(subscribers.keySet());
            versions.forEach((workspaceId, version) -> {
                Long sent = sentVersions.get(workspaceId);
                if (sent == null || sent != version.longValue()) {
                    DashboardReader.Totals totals = reader.workspace(workspaceId);
                    sentVersions.put(workspaceId, totals.version());
                    Update update = update(totals);
                    subscribers.getOrDefault(workspaceId, Set.of()).forEach(emitter -> send(workspaceId, emitter, update));
                }
            });
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: keep the stream alive, try at the next tick.
            log.warn("Dashboard stream could not read the counters: {}", e.toString());
        }
    }

    private void heartbeat() {
        subscribers.forEach((workspaceId, emitters) -> emitters.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("heartbeat"));
            } catch (IOException | IllegalStateException gone) {
                drop(workspaceId, emitter);
            }
        }));
    }

    private Update update(DashboardReader.Totals totals) {
        return new Update(totals.version(), DashboardViews.MetricsBar.of(totals.tallies()), clock.instant());
    }

    private void send(String workspaceId, SseEmitter emitter, Update update) {
        try {
            emitter.send(SseEmitter.event().name("dashboard").id(Long.toString(update.version()))
                    .data(update, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            drop(workspaceId, emitter);
        }
    }

    /** A write failed: the client went away. */
    private void drop(String workspaceId, SseEmitter emitter) {
        forget(workspaceId, emitter);
        try {
            emitter.complete();
        } catch (RuntimeException alreadyClosed) {
            // nothing left to close
        }
    }

    private void forget(String workspaceId, SseEmitter emitter) {
        subscribers.computeIfPresent(workspaceId, (id, emitters) -> {
            emitters.remove(emitter);
            if (emitters.isEmpty()) {
                sentVersions.remove(workspaceId);
                return null;
            }
            return emitters;
        });
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
        subscribers.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        subscribers.clear();
    }
}
