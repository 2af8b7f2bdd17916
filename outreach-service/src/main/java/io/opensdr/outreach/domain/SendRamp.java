package io.opensdr.outreach.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The slow start of a new mailbox, so that mailbox providers learn to trust it: {@code startPerDay}
 * emails on its first day, rising linearly to its full daily cap over {@code days} days.
 * {@code days} 0 turns the ramp off.
 */
public record SendRamp(int startPerDay, int days) {

    public static final SendRamp NONE = new SendRamp(0, 0);

    public SendRamp {
        if (startPerDay < 0 || days < 0) {
            throw new IllegalArgumentException("The ramp's start and length must be zero or more");
        }
    }

    /** The mailbox's cap on {@code today}, given the day it first sent (null: ramped up, or never sent). */
    public int capOn(LocalDate today, LocalDate firstDay, boolean neverSent, int fullCap) {
        if (days == 0) {
            return fullCap;
        }
        if (neverSent) {
            return Math.min(fullCap, startPerDay);
        }
        if (firstDay == null) {
            return fullCap;
        }
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(firstDay, today));
        if (elapsed >= days) {
            return fullCap;
        }
        long cap = startPerDay + (long) (fullCap - startPerDay) * elapsed / days;
        return (int) Math.min(fullCap, Math.max(Math.min(startPerDay, fullCap), cap));
    }
}
