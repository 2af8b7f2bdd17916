package io.opensdr.prospector.domain;

/** The person a candidate is about; {@code email} is null when the source knows none. */
public record Person(String firstName, String lastName, String title, Seniority seniority,
                     String email, EmailGrade emailGrade, String phone, String linkedinUrl,
                     String city, String countryCode, String timeZone) {

    public Person {
        if (email == null || email.isBlank()) {
            email = null;
            emailGrade = EmailGrade.MISSING;
        }
    }

    public boolean hasEmail() {
        return email != null;
    }
}
