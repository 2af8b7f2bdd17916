package io.opensdr.simulator;

/**
 * How the simulated prospects behave, each a probability between 0 and 1.
 *
 * @param autoReply   share of emails answered by an out-of-office auto-reply (nothing else happens to them)
 * @param open        share of the other emails that are opened (the open pixel is fetched)
 * @param click       share of opened emails whose link is clicked
 * @param book        share of clicked emails after which a meeting is booked through the booking link
 * @param reply       share of opened emails that get a reply from the person
 * @param unsubscribe share of opened emails, neither replied to nor followed by a booking, whose
 *                    recipient unsubscribes (one-click)
 */
record Rates(double autoReply, double open, double click, double book, double reply, double unsubscribe) {

    static final Rates DEFAULTS = new Rates(0.05, 0.6, 0.35, 0.5, 0.2, 0.1);

    Rates {
        check("auto-reply", autoReply);
        check("open", open);
        check("click", click);
        check("book", book);
        check("reply", reply);
        check("unsubscribe", unsubscribe);
    }

    private static void check(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("--" + name + "-rate must be between 0 and 1, got " + rate);
        }
    }
}
