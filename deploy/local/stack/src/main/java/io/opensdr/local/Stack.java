package io.opensdr.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The parts that have been started, in start order. Stopping goes the other way: services
 * (all at once), then the registry, Kafka, MongoDB and mail, so that nothing loses the part
 * it depends on while it is still shutting down.
 */
final class Stack {

    private final Object lock = new Object();
    private final List<Part> started = new ArrayList<>();
    private final Set<String> reportedDead = new HashSet<>();
    private boolean stopping;

    /** Starts one part and waits until it is ready. */
    void startAndAwait(Part part) {
        long begin = System.nanoTime();
        start(part);
        part.awaitReady();
        Console.info(part.name() + " ready in " + Console.seconds(Duration.ofNanos(System.nanoTime() - begin))
            + ": " + part.address());
    }

    /**
     * Starts all the parts together, then waits until each is ready. Fails as soon as one
     * fails, not after waiting for the ones started before it.
     */
    void startAndAwaitTogether(List<? extends Part> parts) {
        long begin = System.nanoTime();
        parts.forEach(this::start);
        ExecutorService waiters = Executors.newFixedThreadPool(Math.max(1, parts.size()));
        try {
            CompletionService<Part> readiness = new ExecutorCompletionService<>(waiters);
            for (Part part : parts) {
                readiness.submit(() -> {
                    part.awaitReady();
                    return part;
                });
            }
            for (int i = 0; i < parts.size(); i++) {
                try {
                    Part ready = readiness.take().get();
                    Console.info(ready.name() + " ready in "
                        + Console.seconds(Duration.ofNanos(System.nanoTime() - begin)) + ": " + ready.address());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof StackException se ? se
                        : new StackException(e.getCause().toString(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StackException("interrupted while waiting for the services");
                }
            }
        } finally {
            waiters.shutdownNow();
        }
    }

    private void start(Part part) {
        // Under the lock so that a part is never started after stopAll() has run.
        synchronized (lock) {
            if (stopping) {
                throw new StackException("stopping: " + part.name() + " not started");
            }
            started.add(part);
            part.start();
        }
    }

    boolean isStopping() {
        synchronized (lock) {
            return stopping;
        }
    }

    /** Stops everything that was started, in reverse order; safe to call twice. */
    void stopAll() {
        List<Part> toStop;
        synchronized (lock) {
            if (stopping) {
                return;
            }
            stopping = true;
            toStop = new ArrayList<>(started);
        }
        // The prospect simulator first: it talks to the services, which are about to go.
        toStop.stream().filter(SimulatorPart.class::isInstance).forEach(Stack::stopQuietly);
        List<Part> services = toStop.stream().filter(ServicePart.class::isInstance).toList();
        List<Part> infrastructure = new ArrayList<>(toStop.stream()
            .filter(p -> !(p instanceof ServicePart) && !(p instanceof SimulatorPart)).toList());
        stopTogether(services);
        for (int i = infrastructure.size() - 1; i >= 0; i--) {
            stopQuietly(infrastructure.get(i));
        }
    }

    private void stopTogether(List<Part> parts) {
        if (parts.isEmpty()) {
            return;
        }
        List<Thread> stoppers = parts.stream()
            .map(part -> new Thread(() -> stopQuietly(part), "stop-" + part.name()))
            .toList();
        stoppers.forEach(Thread::start);
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void stopQuietly(Part part) {
        try {
            long begin = System.nanoTime();
            part.stop();
            Console.info(part.name() + " stopped in " + Console.seconds(Duration.ofNanos(System.nanoTime() - begin)));
        } catch (RuntimeException e) {
            Console.problem("stopping " + part.name() + " failed: " + e);
        }
    }

    /** Reports, once each, the child processes that died on their own. */
    void reportDeadChildren() {
        List<Part> parts;
        synchronized (lock) {
            if (stopping) {
                return;
            }
            parts = new ArrayList<>(started);
        }
        for (Part part : parts) {
            part.process().filter(p -> !p.isAlive() && reportedDead.add(p.name())).ifPresent(p ->
                Console.problem(p.name() + " stopped on its own (exit code " + p.exitCode().orElse(-1)
                    + "); read " + p.logFile() + ". The rest keeps running; restart the stack to bring it back."));
        }
    }
}
