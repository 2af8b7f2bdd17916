package io.opensdr.simulator;

import java.time.Clock;

/**
 * Plays the prospects of the local stack until stopped. A development tool: it shares no code with
 * the services and reaches them only as prospects and schedulers do (HTTP through the gateway,
 * SMTP and IMAP). Started by deploy/local/start.sh unless {@code --no-prospect-simulator}.
 */
public final class ProspectSimulator {

    /** The launcher waits for this line before it calls the simulator started. */
    static final String STARTED = "prospect simulator started";

    private ProspectSimulator() {
    }

    public static void main(String[] args) {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("prospect-simulator: " + e.getMessage());
            System.err.print(SimulatorOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(SimulatorOptions.USAGE);
            return;
        }
        HandledLog handled = new HandledLog(options.stateFile());
        Simulation simulation = new Simulation(options, new Gateway(options.gateway(), options.login(), options.password()),
                new Mailboxes(options.mailHost(), options.imapPort(), options.smtpPort()), handled, Clock.systemUTC());
        Rates rates = options.rates();
        Log.info(STARTED + ": seed " + options.seed() + ", gateway " + options.gateway() + ", IMAP "
                + options.mailHost() + ":" + options.imapPort() + ", SMTP " + options.mailHost() + ":" + options.smtpPort()
                + ", every " + options.pollInterval().toMillis() + " ms; rates: auto-reply " + rates.autoReply()
                + ", open " + rates.open() + ", click " + rates.click() + " of opened, book " + rates.book()
                + " of clicked, reply " + rates.reply() + " of opened, unsubscribe " + rates.unsubscribe()
                + " of opened; " + handled.size() + " email(s) already handled (" + options.stateFile() + ")");
        int exitCode = run(simulation, options);
        if (options.once()) {
            System.exit(exitCode);
        }
    }

    private static int run(Simulation simulation, SimulatorOptions options) {
        String lastProblem = null;
        while (true) {
            int exitCode = 0;
            try {
                Simulation.Pass pass = simulation.runOnce();
                if (lastProblem != null) {
                    Log.info("reachable again: the gateway and the mailboxes answer");
                    lastProblem = null;
                }
                if (pass.acted() > 0 || options.once()) {
                    Log.info("pass: " + pass.prospects() + " prospect(s), " + pass.emails() + " new email(s), "
                            + pass.acted() + " handled, " + pass.waiting() + " waiting for their think time");
                }
            } catch (Unreachable | IllegalStateException e) {
                exitCode = 1;
                String problem = e.getMessage();
                // Said once, not every poll, while the stack starts or a part is down.
                if (!problem.equals(lastProblem) || options.once()) {
                    Log.info("nothing done: " + problem + "; trying again every "
                            + options.pollInterval().toMillis() + " ms");
                    lastProblem = problem;
                }
            }
            if (options.once()) {
                return exitCode;
            }
            try {
                Thread.sleep(options.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
    }
}
