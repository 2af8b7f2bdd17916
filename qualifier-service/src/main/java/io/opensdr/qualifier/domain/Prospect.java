package io.opensdr.qualifier.domain;

import java.util.List;

/** A found prospect, as the qualifier scores it. */
public record Prospect(String prospectId, String workspaceId, String campaignId, Person person, Company company,
                       List<Signal> signals) {

    public Prospect {
        signals = List.copyOf(signals);
    }

    /** The prospect's country: the person's, or else the company's. */
    public String countryCode() {
        return person.countryCode() != null ? person.countryCode() : company.countryCode();
    }
}
