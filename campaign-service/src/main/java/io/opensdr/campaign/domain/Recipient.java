package io.opensdr.campaign.domain;

/** The prospect a draft is addressed to, as outreach described them; passed on unchanged on approval. */
public record Recipient(String firstName, String lastName, String email, String title, String companyName,
                        String companyDomain, String industry, String timeZone) {
}
