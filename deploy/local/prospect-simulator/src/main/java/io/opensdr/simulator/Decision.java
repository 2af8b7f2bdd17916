package io.opensdr.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * What one prospect does with one email. Drawn from the seed and the email's Message-ID only, so
 * the same seed plays the same story for the same emails, whatever order they are read in and
 * however often the simulator restarts.
 *
 * @param thinkTime how long after the email is first seen the prospect acts
 * @param useCalCom books through Cal.com's webhook when the link is not clearly Calendly's or Cal.com's
 */
record Decision(boolean autoReply, boolean open, boolean click, boolean book, boolean reply, boolean unsubscribe,
                Duration thinkTime, int variant, boolean useCalCom) {

    static Decision decide(long seed, String messageId, Rates rates, Duration maxThinkTime) {
        SplittableRandom random = new SplittableRandom(mix(seed, messageId));
        // Every draw happens in a fixed order, whatever the outcome, so that changing one rate
        // does not reshuffle the others.
        boolean autoReply = random.nextDouble() < rates.autoReply();
        boolean open = random.nextDouble() < rates.open();
        boolean click = random.nextDouble() < rates.click();
        boolean book = random.nextDouble() < rates.book();
        boolean reply = random.nextDouble() < rates.reply();
        boolean unsubscribe = random.nextDouble() < rates.unsubscribe();
        long think = maxThinkTime.isZero() ? 0 : random.nextLong(maxThinkTime.toMillis() + 1);
        int variant = random.nextInt(1_000);
        boolean useCalCom = random.nextBoolean();
        if (autoReply) {
            return new Decision(true, false, false, false, false, false, Duration.ofMillis(think), variant, useCalCom);
        }
        boolean clicked = open && click;
        boolean booked = clicked && book;
        boolean replied = open && reply;
        boolean unsubscribed = open && unsubscribe && !replied && !booked;
        return new Decision(false, open, clicked, booked, replied, unsubscribed, Duration.ofMillis(think), variant, useCalCom);
    }

    boolean doesAnything() {
        return autoReply || open;
    }

    private static long mix(long seed, String messageId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + "|" + messageId).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
