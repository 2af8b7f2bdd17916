package io.opensdr.simulator;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** The simulator's command-line options; every one has a default that fits the local stack. */
record SimulatorOptions(URI gateway, String mailHost, int imapPort, int smtpPort, String login, String password,
                        Path stateFile, long seed, Duration pollInterval, Duration maxThinkTime, Rates rates,
                        String calendlySigningKey, String calComSecret, boolean once, boolean help) {

    static final String USAGE = """
        usage: java -jar deploy/local/prospect-simulator/target/prospect-simulator.jar [options]

        Plays the prospects of the local stack: reads their GreenMail mailboxes and opens, clicks,
        replies (some with an out-of-office), unsubscribes and books meetings, at these rates.

          --gateway URL               the gateway (default http://127.0.0.1:8080)
          --mail-host HOST            GreenMail's host (default 127.0.0.1)
          --imap-port N               GreenMail IMAP (default 3143)
          --smtp-port N               GreenMail SMTP, for replies (default 3025)
          --login EMAIL               the user whose approved drafts name the prospects (default demo@opensdr.io)
          --password TEXT             (default demo-password-2026)
          --state-file PATH           what was handled, kept across restarts (default prospect-simulator-state.tsv)
          --seed N                    the same seed plays the same story (default 42)
          --poll-interval DURATION    between two looks at the mailboxes (default 10s)
          --max-think-time DURATION   a prospect acts up to this long after an email arrives (default 30s)
          --auto-reply-rate R         share of emails answered by an out-of-office (default 0.05)
          --open-rate R               share of the other emails opened (default 0.6)
          --click-rate R              share of opened emails whose link is clicked (default 0.35)
          --book-rate R               share of clicked emails followed by a booking (default 0.5)
          --reply-rate R              share of opened emails replied to (default 0.2)
          --unsubscribe-rate R        share of opened, unanswered, unbooked emails unsubscribed from (default 0.1)
          --calendly-signing-key KEY  signs Calendly webhooks (default: outreach's local development key)
          --cal-com-secret SECRET     signs Cal.com webhooks (default: outreach's local development secret)
          --once                      one pass, then exit
          --help                      print this text

        Durations: 500ms, 10s, 2m. Rates: 0 to 1.
        """;

    /** outreach-service's local development secrets (its application.yml); never used in production. */
    static final String LOCAL_CALENDLY_KEY = "local-development-only-calendly-signing-key";
    static final String LOCAL_CAL_COM_SECRET = "local-development-only-cal-com-webhook-secret";

    static SimulatorOptions parse(String... args) {
        URI gateway = URI.create("http://127.0.0.1:8080");
        String mailHost = "127.0.0.1";
        int imapPort = 3143;
        int smtpPort = 3025;
        String login = "demo@opensdr.io";
        String password = "demo-password-2026";
        Path stateFile = Path.of("prospect-simulator-state.tsv");
        long seed = 42;
        Duration pollInterval = Duration.ofSeconds(10);
        Duration maxThinkTime = Duration.ofSeconds(30);
        Rates defaults = Rates.DEFAULTS;
        double autoReply = defaults.autoReply();
        double open = defaults.open();
        double click = defaults.click();
        double book = defaults.book();
        double reply = defaults.reply();
        double unsubscribe = defaults.unsubscribe();
        String calendlyKey = LOCAL_CALENDLY_KEY;
        String calComSecret = LOCAL_CAL_COM_SECRET;
        boolean once = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String inline = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                inline = arg.substring(equals + 1);
                arg = arg.substring(0, equals);
            }
            if (arg.equals("--once")) {
                once = true;
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            String value = inline != null ? inline : valueAfter(args, i++, arg);
            switch (arg) {
                case "--gateway" -> gateway = httpUri(value, arg);
                case "--mail-host" -> mailHost = value;
                case "--imap-port" -> imapPort = port(value, arg);
                case "--smtp-port" -> smtpPort = port(value, arg);
                case "--login" -> login = value;
                case "--password" -> password = value;
                case "--state-file" -> stateFile = Path.of(value);
                case "--seed" -> seed = number(value, arg);
                case "--poll-interval" -> pollInterval = duration(value, arg);
                case "--max-think-time" -> maxThinkTime = duration(value, arg);
                case "--auto-reply-rate" -> autoReply = rate(value, arg);
                case "--open-rate" -> open = rate(value, arg);
                case "--click-rate" -> click = rate(value, arg);
                case "--book-rate" -> book = rate(value, arg);
                case "--reply-rate" -> reply = rate(value, arg);
                case "--unsubscribe-rate" -> unsubscribe = rate(value, arg);
                case "--calendly-signing-key" -> calendlyKey = value;
                case "--cal-com-secret" -> calComSecret = value;
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        if (pollInterval.isZero()) {
            throw new IllegalArgumentException("--poll-interval must be more than 0");
        }
        return new SimulatorOptions(gateway, mailHost, imapPort, smtpPort, login, password, stateFile, seed,
                pollInterval, maxThinkTime, new Rates(autoReply, open, click, book, reply, unsubscribe),
                calendlyKey, calComSecret, once, help);
    }

    private static String valueAfter(String[] args, int index, String option) {
        if (index + 1 >= args.length || args[index + 1].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index + 1];
    }

    private static URI httpUri(String value, String option) {
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException(option + " needs an http(s) URL, got " + value);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " needs an http(s) URL, got " + value);
        }
    }

    private static int port(String value, String option) {
        long port = number(value, option);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException(option + " must be a port (1-65535), got " + value);
        }
        return (int) port;
    }

    private static long number(String value, String option) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got " + value);
        }
    }

    private static double rate(String value, String option) {
        double rate;
        try {
            rate = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number between 0 and 1, got " + value);
        }
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(option + " must be between 0 and 1, got " + value);
        }
        return rate;
    }

    static Duration duration(String value, String option) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (text.endsWith("ms")) {
                return nonNegative(Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2))), option, value);
            }
            if (text.endsWith("s")) {
                return nonNegative(Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1))), option, value);
            }
            if (text.endsWith("m")) {
                return nonNegative(Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1))), option, value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a duration such as 500ms, 10s or 2m, got " + value);
    }

    private static Duration nonNegative(Duration duration, String option, String value) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException(option + " cannot be negative, got " + value);
        }
        return duration;
    }
}
