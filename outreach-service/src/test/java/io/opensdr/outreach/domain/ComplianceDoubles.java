package io.opensdr.outreach.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** In-memory doubles of the compliance ports, public so that web tests can drive the real domain with them. */
public final class ComplianceDoubles {

    public static final String SECRET = "a-test-secret-of-at-least-32-bytes-long";
    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private ComplianceDoubles() {
    }

    /** People as outreach holds them: one recipient per prospect. */
    public static class Records implements PersonRecords {
        public final Map<String, KnownRecipient> byProspect = new LinkedHashMap<>();
        public final List<Collection<String>> erasures = new ArrayList<>();

        public Records hold(String workspaceId, String prospectId, String campaignId, String email, String emailId) {
            byProspect.put(workspaceId + "|" + prospectId, new KnownRecipient(prospectId, campaignId, email, emailId));
            return this;
        }

        @Override
        public Optional<KnownRecipient> recipientOf(String workspaceId, String prospectId) {
            return Optional.ofNullable(byProspect.get(workspaceId + "|" + prospectId));
        }

        @Override
        public List<KnownRecipient> withAddress(String workspaceId, String email) {
            String wanted = email.trim().toLowerCase(Locale.ROOT);
            return byProspect.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(workspaceId + "|")
                            && e.getValue().email().trim().toLowerCase(Locale.ROOT).equals(wanted))
                    .map(Map.Entry::getValue).toList();
        }

        @Override
        public ErasedRecords erase(String workspaceId, Collection<String> prospectIds) {
            erasures.add(List.copyOf(prospectIds));
            prospectIds.forEach(id -> byProspect.remove(workspaceId + "|" + id));
            return new ErasedRecords(prospectIds.size(), 0, 0, 0);
        }
    }

    /** The suppression list: normalised addresses, the first reason kept except that an erasure wins. */
    public static class Suppressions implements SuppressionList {
        public final Map<String, SuppressionReason> byAddress = new LinkedHashMap<>();

        @Override
        public boolean isSuppressed(String workspaceId, String email) {
            return byAddress.containsKey(key(workspaceId, email));
        }

        @Override
        public void suppress(String workspaceId, String email, SuppressionReason reason, String detail) {
            if (reason == SuppressionReason.ERASED) {
                byAddress.put(key(workspaceId, email), reason);
            } else {
                byAddress.putIfAbsent(key(workspaceId, email), reason);
            }
        }

        public SuppressionReason reasonFor(String workspaceId, String email) {
            return byAddress.get(key(workspaceId, email));
        }

        private static String key(String workspaceId, String email) {
            return workspaceId + "|" + email.trim().toLowerCase(Locale.ROOT);
        }
    }

    /** Engagements: unique by providerEventId, like the MongoDB adapter. */
    public static class EngagementLog implements Engagements {
        public final List<Engagement> recorded = new ArrayList<>();

        @Override
        public boolean record(Engagement engagement) {
            if (engagement.providerEventId() != null && recorded.stream()
                    .anyMatch(e -> engagement.providerEventId().equals(e.providerEventId()))) {
                return false;
            }
            recorded.add(engagement);
            return true;
        }

        @Override
        public boolean hasReplied(String prospectId) {
            return recorded.stream().anyMatch(e -> e.prospectId().equals(prospectId) && e.kind() == EngagementKind.REPLIED);
        }
    }
}
