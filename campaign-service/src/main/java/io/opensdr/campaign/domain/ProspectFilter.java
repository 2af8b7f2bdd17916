package io.opensdr.campaign.domain;

/**
 * A page request over the caller's prospects: every filter is optional. Pages go newest first (in
 * the order campaign-service first heard of each prospect) and continue below {@code before}, a
 * position in the list that the previous page gave (keyset paging: no offset to skip).
 *
 * @param before null for the first page
 */
public record ProspectFilter(String campaignId, ProspectStatus status, Integer minScore, Integer maxScore, Boolean hot,
                             ProspectSource source, Long before, int limit) {

    /** Whether a prospect in this state passes the filters other than the campaign (each store checks that by key). */
    public boolean matches(ProspectStatus prospectStatus, Integer score, Boolean prospectHot, ProspectSource prospectSource) {
        if (status != null && status != prospectStatus) {
            return false;
        }
        if (minScore != null && (score == null || score < minScore)) {
            return false;
        }
        if (maxScore != null && (score == null || score > maxScore)) {
            return false;
        }
        if (hot != null && hot != Boolean.TRUE.equals(prospectHot)) {
            return false;
        }
        return source == null || source == prospectSource;
    }

    public boolean matches(ProspectRecord prospect) {
        return (campaignId == null || campaignId.equals(prospect.campaignId()))
                && matches(prospect.status(), prospect.bant() == null ? null : prospect.bant().score(),
                prospect.bant() != null && prospect.bant().hot(), prospect.source());
    }
}
