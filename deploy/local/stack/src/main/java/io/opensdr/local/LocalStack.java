package io.opensdr.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the whole OpenSDR platform on 127.0.0.1 and supervises it until Ctrl-C.
 *
 * <p>Order: mail and MongoDB (inside this JVM), Kafka, the registry (each in its own JVM), then
 * the services together. Every part must pass its health check before the next one starts.
 * Run through {@code deploy/local/start.sh}; options in {@link Options#USAGE}.
 */
public final class LocalStack {

    /** Seeded by campaign-service; printed so that a developer can log in straight away. */
    static final String DEMO_LOGIN = "demo@opensdr.io / demo-password-2026";

    private final Options options;
    private final Layout layout;
    private final Ports ports;
    private final Stack stack = new Stack();
    private final Map<String, String> childEnvironment;

    LocalStack(Options options, Layout layout) {
        this.options = options;
        this.layout = layout;
        this.ports = Ports.withOffset(options.portOffset());
        // Every child watches this pid and exits when the launcher is gone (services do it
        // themselves, the other JVMs through the guard agent).
        this.childEnvironment = Map.of("OPENSDR_PARENT_PID", Long.toString(ProcessHandle.current().pid()));
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            Console.problem(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(Options.USAGE);
            return;
        }
        LocalStack launcher;
        try {
            launcher = new LocalStack(options, Layout.resolve(options));
        } catch (StackException e) {
            Console.problem(e.getMessage());
            System.exit(1);
            return;
        }
        // Ctrl-C and SIGTERM run this hook; it stops the children in order before the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "opensdr-stop"));
        try {
            launcher.start();
        } catch (StackException e) {
            if (launcher.stack.isStopping()) {
                return; // Ctrl-C while starting: the parts died because we stopped them
            }
            Console.problem(e.getMessage());
            System.exit(1);
        }
        launcher.superviseForever();
    }

    void start() {
        long begin = System.nanoTime();
        List<ServicePart> services = options.noServices() ? List.of()
            : Services.all(layout, ports, options, childEnvironment);
        List<ServicePart> builtServices = services.stream().filter(ServicePart::isRunnable).toList();
        requireFreePorts(builtServices);
        layout.prepareDataDir(options.fresh());
        // Read by log4j2.properties when the first library logs (after this line): MongoDB's,
        // mail's and the Kafka admin client's messages go to a file, not to the terminal.
        System.setProperty("opensdr.launcher.log", layout.logFile("launcher").toString());
        Console.info("data in " + layout.dataDir() + ", logs in " + layout.logs());

        stack.startAndAwait(new MailPart(ports));
        stack.startAndAwait(new MongoPart(layout, ports));
        stack.startAndAwait(new KafkaPart(layout, ports, childEnvironment));
        stack.startAndAwait(new RegistryPart(layout, ports, childEnvironment));
        if (options.zipkin()) {
            stack.startAndAwait(new ZipkinPart(layout, ports, childEnvironment));
        }

        for (ServicePart service : services) {
            service.whyNotRunnable().ifPresent(why -> Console.problem(service.name() + " is not built: "
                + layout.repoRoot().relativize(service.jar()) + " " + why
                + "; skipped. deploy/local/start.sh builds what is missing."));
        }
        if (!builtServices.isEmpty()) {
            Console.info("starting " + String.join(", ", builtServices.stream().map(ServicePart::name).toList())
                + " (logs in " + layout.logs() + ")");
            stack.startAndAwaitTogether(builtServices);
        }
        boolean simulating = startProspectSimulator(builtServices);
        printBanner(services, builtServices, Duration.ofNanos(System.nanoTime() - begin));
        if (simulating) {
            System.out.println("The prospect simulator plays the prospects of approved emails (opens, clicks, replies, "
                + "unsubscribes, bookings): " + layout.logFile(SimulatorPart.NAME) + "; --no-prospect-simulator turns it off.");
            System.out.flush();
        }
    }

    void stop() {
        stack.stopAll();
    }

    /** The prospect simulator needs the gateway; on by default, off with --no-prospect-simulator. */
    private boolean startProspectSimulator(List<ServicePart> builtServices) {
        if (options.noServices() || options.noProspectSimulator()
            || builtServices.stream().noneMatch(service -> service.name().equals("gateway"))) {
            return false;
        }
        SimulatorPart simulator = new SimulatorPart(layout, ports, childEnvironment);
        if (!simulator.isBuilt()) {
            Console.problem(SimulatorPart.NAME + " is not built: " + layout.repoRoot().relativize(simulator.jar())
                + " is missing; skipped. deploy/local/start.sh builds what is missing.");
            return false;
        }
        stack.startAndAwait(simulator);
        return true;
    }

    private void superviseForever() {
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            stack.reportDeadChildren();
        }
    }

    /** Fails before anything starts when a port is taken, typically by a stack that is still running. */
    private void requireFreePorts(List<ServicePart> services) {
        Map<String, Integer> wanted = new LinkedHashMap<>(ports.infrastructure());
        if (options.zipkin()) {
            wanted.put("zipkin", ports.zipkin());
        }
        services.forEach(s -> wanted.put(s.name(), s.port()));
        for (Map.Entry<String, Integer> entry : wanted.entrySet()) {
            try (ServerSocket socket = new ServerSocket(entry.getValue(), 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new StackException("port " + entry.getValue() + " (" + entry.getKey()
                    + ") on 127.0.0.1 is already in use. Is another OpenSDR stack running? "
                    + "Stop it, or start this one with --port-offset N.");
            }
        }
    }

    private void printBanner(List<ServicePart> services, List<ServicePart> built, Duration took) {
        List<String> missing = services.stream().filter(s -> !s.isRunnable()).map(ServicePart::name).toList();
        String gatewayUrl = "http://127.0.0.1:" + ports.gateway();
        StringBuilder line = new StringBuilder("OpenSDR is up: ");
        if (options.noServices()) {
            line.append("infrastructure only (--no-services), no gateway");
        } else if (missing.contains("gateway")) {
            line.append("gateway not built, so no UI at ").append(gatewayUrl);
        } else {
            line.append(gatewayUrl).append("  login ").append(DEMO_LOGIN);
        }
        line.append("  (started in ").append(Console.seconds(took)).append(')');
        if (!missing.isEmpty()) {
            line.append("  NOT BUILT: ").append(String.join(", ", missing));
        }
        StringBuilder table = new StringBuilder();
        for (ServicePart service : built) {
            table.append(String.format("  %-20s http://127.0.0.1:%d%n", service.name(), service.port()));
        }
        table.append(String.format("  %-20s http://127.0.0.1:%d/apis/registry/v2 (Confluent API: /apis/ccompat/v7)%n", "registry", ports.registry()));
        table.append(String.format("  %-20s 127.0.0.1:%d (controller %d)%n", "kafka", ports.kafka(), ports.kafkaController()));
        table.append(String.format("  %-20s mongodb://127.0.0.1:%d%n", "mongodb", ports.mongo()));
        if (options.zipkin()) {
            table.append(String.format("  %-20s http://127.0.0.1:%d/zipkin/ (every service's spans)%n", "zipkin", ports.zipkin()));
        }
        table.append(String.format("  %-20s smtp 127.0.0.1:%d, imap 127.0.0.1:%d (any user and password)%n", "mail", ports.smtp(), ports.imap()));
        table.append(String.format("  %-20s %s%n", "logs", layout.logs()));
        System.out.println(line);
        System.out.print(table);
        System.out.println("Stop with Ctrl-C.");
        System.out.flush();
    }
}
