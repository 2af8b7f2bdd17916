package io.opensdr.qualifier.domain;

/** The person being qualified; {@code email} is null when none is known. */
public record Person(String firstName, String lastName, String title, Seniority seniority, String email,
                     EmailGrade emailGrade, String countryCode, String timeZone) {

    /** Only an address the verifier accepted may be emailed. */
    public boolean isContactable() {
        return email != null && !email.isBlank() && (emailGrade == EmailGrade.VALID || emailGrade == EmailGrade.ACCEPT_ALL);
    }
}
