package io.opensdr.qualifier.domain;

/** The person being qualified; {@code email} is null when none is known. */
public record Person(String firstName, String lastName, String title, Seniority seniority, String email,
                     EmailGrade emailGrade, String countryCode, String timeZone) {

    /**
     * An address may be emailed unless it is missing or known to be bad. UNKNOWN (well formed, not
     * verified: most rows of a team's own CSV list, a RocketReach address without a verdict) is
     * sent to, like VALID and ACCEPT_ALL: a human approves every draft, and a bounce puts the
     * address on the suppression list.
     */
    public boolean isContactable() {
        return email != null && !email.isBlank() && emailGrade != EmailGrade.INVALID && emailGrade != EmailGrade.MISSING;
    }
}
