package io.opensdr.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final Duration THINK = Duration.ofSeconds(30);
    private static final List<String> IDS = IntStream.range(0, 4000).mapToObj(i -> "<p-" + i + "-1.abc@opensdr.local>").toList();

    @Test
    void shouldDecideTheSameForTheSameSeedAndEmail() {
        for (String id : IDS.subList(0, 50)) {
            assertEquals(Decision.decide(42, id, Rates.DEFAULTS, THINK), Decision.decide(42, id, Rates.DEFAULTS, THINK));
        }
    }

    @Test
    void shouldTellAnotherStoryWithAnotherSeed() {
        List<Decision> first = IDS.subList(0, 50).stream().map(id -> Decision.decide(42, id, Rates.DEFAULTS, THINK)).toList();
        List<Decision> second = IDS.subList(0, 50).stream().map(id -> Decision.decide(43, id, Rates.DEFAULTS, THINK)).toList();
        assertNotEquals(first, second);
    }

    @Test
    void shouldFollowTheRatesOverManyEmails() {
        List<Decision> decisions = IDS.stream().map(id -> Decision.decide(7, id, Rates.DEFAULTS, THINK)).toList();
        assertEquals(0.05, share(decisions, Decision::autoReply), 0.015);
        assertEquals(0.95 * 0.6, share(decisions, Decision::open), 0.03);
        assertEquals(0.95 * 0.6 * 0.35, share(decisions, Decision::click), 0.03);
        assertEquals(0.95 * 0.6 * 0.35 * 0.5, share(decisions, Decision::book), 0.02);
        assertEquals(0.95 * 0.6 * 0.2, share(decisions, Decision::reply), 0.03);
        assertTrue(decisions.stream().allMatch(d -> !d.thinkTime().isNegative() && d.thinkTime().compareTo(THINK) <= 0));
    }

    @Test
    void shouldKeepTheStepsConsistent() {
        for (String id : IDS) {
            Decision d = Decision.decide(11, id, new Rates(0.1, 0.7, 0.6, 0.6, 0.5, 0.5), THINK);
            if (d.autoReply()) {
                assertFalse(d.open() || d.click() || d.book() || d.reply() || d.unsubscribe(), "an auto-reply is all that happens");
            }
            assertTrue(!d.click() || d.open(), "only an opened email is clicked");
            assertTrue(!d.book() || d.click(), "a booking follows a click");
            assertTrue(!d.reply() || d.open(), "only an opened email is replied to");
            assertTrue(!d.unsubscribe() || (d.open() && !d.reply() && !d.book()), "who replies or books does not unsubscribe");
        }
    }

    @Test
    void shouldDoNothingAtZeroRatesAndEverythingAllowedAtOne() {
        Decision nothing = Decision.decide(1, IDS.get(0), new Rates(0, 0, 0, 0, 0, 0), THINK);
        assertFalse(nothing.doesAnything());
        Decision booker = Decision.decide(1, IDS.get(0), new Rates(0, 1, 1, 1, 0, 1), Duration.ZERO);
        assertTrue(booker.open() && booker.click() && booker.book());
        assertFalse(booker.unsubscribe());
        assertEquals(Duration.ZERO, booker.thinkTime());
        assertTrue(Decision.decide(1, IDS.get(0), new Rates(1, 1, 1, 1, 1, 1), THINK).autoReply());
    }

    private static double share(List<Decision> decisions, Predicate<Decision> what) {
        return decisions.stream().filter(what).count() / (double) decisions.size();
    }
}
