package io.opensdr.campaign.domain;

import java.util.List;

/** A launch refused because the setup is not finished (HTTP 409 listing every gap). */
public class IncompleteCampaignException extends IllegalTransitionException {

    private final List<SetupGap> missing;

    public IncompleteCampaignException(List<SetupGap> missing) {
        super("The campaign cannot be launched until its setup is complete: " + missing.size()
                + (missing.size() == 1 ? " thing is" : " things are") + " missing");
        this.missing = List.copyOf(missing);
    }

    public List<SetupGap> missing() {
        return missing;
    }
}
