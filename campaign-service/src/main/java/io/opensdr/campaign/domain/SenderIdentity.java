package io.opensdr.campaign.domain;

import java.util.regex.Pattern;

/**
 * Whom a campaign's emails come from, and how many its mailbox may send a day (the mailbox's cap,
 * beside the campaign's own in {@link SendingWindow}). A campaign without one sends as the
 * service's configured sender.
 */
public record SenderIdentity(String fromEmail, String fromName, int dailyCap) {

    public static final int MAX_DAILY_CAP = 2_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\"(),;:\\\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public SenderIdentity {
        if (fromEmail == null || fromEmail.length() > 254 || !EMAIL.matcher(fromEmail).matches()) {
            throw new InvalidFieldException("fromEmail", "must be an email address such as sdr@example.com");
        }
        if (fromName == null || fromName.isBlank() || fromName.length() > 100 || fromName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("fromName", "must have 1 to 100 characters, without line breaks");
        }
        if (dailyCap < 1 || dailyCap > MAX_DAILY_CAP) {
            throw new InvalidFieldException("dailyCap", "must be between 1 and " + MAX_DAILY_CAP);
        }
    }
}
