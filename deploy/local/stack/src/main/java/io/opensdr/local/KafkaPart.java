package io.opensdr.local;

import io.opensdr.local.kafka.KafkaBrokerMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A single-node Apache Kafka 4.1 broker in KRaft mode (broker and controller in one process),
 * in its own JVM, its log dir under {@code <data>/kafka}.
 */
final class KafkaPart implements Part {

    private final Layout layout;
    private final Ports ports;
    private final Map<String, String> childEnvironment;
    private ChildProcess process;

    KafkaPart(Layout layout, Ports ports, Map<String, String> childEnvironment) {
        this.layout = layout;
        this.ports = ports;
        this.childEnvironment = childEnvironment;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public String address() {
        return "127.0.0.1:" + ports.kafka() + " (controller " + ports.kafkaController() + ")";
    }

    @Override
    public void start() {
        Path config = writeServerProperties();
        process = new ChildProcess(name(), JavaCommand.smallFootprint(layout, "256m")
            .add("-Dlog4j2.configurationFile=kafka-log4j2.properties")
            .add("-cp", layout.launcherClasspath(), KafkaBrokerMain.class.getName(), config.toString())
            .toList(), childEnvironment, layout.logFile(name()), layout.repoRoot());
        process.start();
    }

    /**
     * Written on every start, since the ports depend on --port-offset; the log dir and the
     * cluster id in it are kept between starts.
     */
    private Path writeServerProperties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + ports.kafkaController());
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + ports.kafka() + ",CONTROLLER://127.0.0.1:" + ports.kafkaController());
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + ports.kafka());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", layout.kafkaDir().resolve("data").toString());
        // The services create their topics (with their own partition counts and compaction);
        // a typo in a topic name must fail rather than silently create a new topic.
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("num.partitions", "3");
        // One broker: every internal topic has a single replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // No 3 s wait for more consumers to join a group: the services start faster.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // Fewer threads than the defaults; a laptop stack has a handful of topics.
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "2");
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        p.setProperty("background.threads", "2");
        Path config = layout.kafkaDir().resolve("config").resolve("server.properties");
        try {
            Files.createDirectories(config.getParent());
            try (var out = Files.newBufferedWriter(config)) {
                p.store(out, "Written by the OpenSDR local stack on every start; edits are lost");
            }
        } catch (IOException e) {
            throw new StackException("cannot write " + config + ": " + e.getMessage(), e);
        }
        return config;
    }

    @Override
    public void awaitReady() {
        Readiness.await(name(), startTimeout(), layout.logFile(name()), process(), () ->
            Readiness.isListening(ports.kafka()) && brokerIsInMetadata());
    }

    /** The broker is ready for clients once it appears, unfenced, in the cluster metadata. */
    private boolean brokerIsInMetadata() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + ports.kafka());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20)); // a controlled shutdown flushes the logs
        }
    }

    @Override
    public Optional<ChildProcess> process() {
        return Optional.ofNullable(process);
    }
}
