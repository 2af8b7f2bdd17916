package io.opensdr.campaign.domain;

import java.util.List;

/**
 * One page of the prospect list. A page can hold fewer prospects than asked, even none, when the
 * store stopped searching at its per-request limit before finding enough matches (a rare filter):
 * {@code next} is then where the search stopped, and following it goes on searching.
 *
 * @param next the position to continue below, or null when the end of the list was reached
 */
public record ProspectSlice(List<ProspectRecord> items, Long next) {

    public ProspectSlice {
        items = List.copyOf(items);
    }
}
