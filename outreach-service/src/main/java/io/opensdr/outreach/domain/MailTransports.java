package io.opensdr.outreach.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The transports this instance can send through, one per kind. */
public class MailTransports {

    private final Map<MailTransport.Kind, MailTransport> byKind = new EnumMap<>(MailTransport.Kind.class);

    public MailTransports(List<MailTransport> transports) {
        for (MailTransport transport : transports) {
            if (byKind.putIfAbsent(transport.kind(), transport) != null) {
                throw new IllegalArgumentException("Two transports of kind " + transport.kind());
            }
        }
    }

    /** Empty when this kind is not configured (e.g. no SendGrid key). */
    public Optional<MailTransport> of(MailTransport.Kind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }
}
