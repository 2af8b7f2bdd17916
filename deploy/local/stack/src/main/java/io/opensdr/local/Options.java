package io.opensdr.local;

import java.nio.file.Path;
import java.util.Optional;

/** The launcher's command-line options. */
record Options(int portOffset, Optional<Path> dataDir, boolean fresh, boolean noServices,
               Optional<String> profile, boolean help, boolean noProspectSimulator, boolean zipkin,
               boolean jsonLogs) {

    static final String USAGE = """
        usage: deploy/local/start.sh [options]

          --port-offset N    add N to every port (run a second stack beside yours, e.g. in tests)
          --data-dir PATH    where Kafka, MongoDB and the logs keep their files (default <repo>/.data)
          --fresh            delete the data dir first (Kafka topics, MongoDB data, logs)
          --no-services      start the infrastructure only (Kafka, registry, MongoDB, mail)
          --profile NAME     run the services with --spring.profiles.active=NAME (e.g. local)
          --no-prospect-simulator
                             do not start the prospect simulator (which plays the prospects: opens,
                             clicks, replies, unsubscribes, bookings)
          --zipkin           also start Zipkin (io.zipkin:zipkin-server, in memory) on port 9411 and
                             send every service's spans to it; without it no span leaves a service
          --json-logs        the services log JSON lines (ECS, with trace and span ids), as in
                             production; by default their log files are plain text lines, which
                             carry [service,traceId,spanId] too
          --help             print this text
        """;

    static Options parse(String... args) {
        int portOffset = 0;
        Path dataDir = null;
        boolean fresh = false;
        boolean noServices = false;
        String profile = null;
        boolean help = false;
        boolean noProspectSimulator = false;
        boolean zipkin = false;
        boolean jsonLogs = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            // Accept both "--opt value" and "--opt=value".
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                inlineValue = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--port-offset" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(args, i++, arg);
                    portOffset = parsePortOffset(value);
                }
                case "--data-dir" -> dataDir = Path.of(inlineValue != null ? inlineValue : valueAfter(args, i++, arg));
                case "--profile" -> profile = inlineValue != null ? inlineValue : valueAfter(args, i++, arg);
                case "--fresh" -> fresh = true;
                case "--no-services" -> noServices = true;
                case "--no-prospect-simulator" -> noProspectSimulator = true;
                case "--zipkin" -> zipkin = true;
                case "--json-logs" -> jsonLogs = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        return new Options(portOffset, Optional.ofNullable(dataDir), fresh, noServices,
            Optional.ofNullable(profile).filter(p -> !p.isBlank()), help, noProspectSimulator, zipkin, jsonLogs);
    }

    private static String valueAfter(String[] args, int index, String option) {
        if (index + 1 >= args.length || args[index + 1].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index + 1];
    }

    private static int parsePortOffset(String value) {
        try {
            int offset = Integer.parseInt(value);
            if (offset < 0 || offset > 30_000) {
                throw new IllegalArgumentException("--port-offset must be between 0 and 30000, got " + value);
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port-offset needs a number, got " + value);
        }
    }
}
