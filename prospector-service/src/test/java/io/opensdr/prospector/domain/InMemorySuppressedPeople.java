package io.opensdr.prospector.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Suppressed addresses in memory, by workspace and normalised address (the adapter keeps hashes). */
public class InMemorySuppressedPeople implements SuppressedPeople {

    private final Set<String> suppressed = new LinkedHashSet<>();

    /** Suppresses an address directly, as a PersonSuppressed for its hash would. */
    public InMemorySuppressedPeople suppress(String workspaceId, String email) {
        suppressed.add(key(workspaceId, email));
        return this;
    }

    @Override
    public long apply(Suppression suppression) {
        throw new UnsupportedOperationException("in memory, suppress addresses with suppress(workspaceId, email)");
    }

    @Override
    public Set<String> suppressedAmong(String workspaceId, Collection<String> emails) {
        return emails.stream().filter(email -> suppressed.contains(key(workspaceId, email)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String key(String workspaceId, String email) {
        return workspaceId + "|" + email.trim().toLowerCase(Locale.ROOT);
    }
}
