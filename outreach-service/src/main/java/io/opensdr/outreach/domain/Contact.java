package io.opensdr.outreach.domain;

/**
 * What outreach knows about the person it writes to.
 *
 * @param email null when no usable address is known; such a prospect is never emailed
 */
public record Contact(String firstName, String lastName, String email, String title, String companyName,
                      String companyDomain, String industry, String timeZone) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public String fullName() {
        return (nullToEmpty(firstName) + " " + nullToEmpty(lastName)).trim();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
