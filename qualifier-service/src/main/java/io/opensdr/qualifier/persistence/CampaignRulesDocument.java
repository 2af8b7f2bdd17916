package io.opensdr.qualifier.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A campaign's qualification rules in the {@code campaigns} collection, from its latest snapshot. */
@Document(CampaignRulesDocument.COLLECTION)
record CampaignRulesDocument(
        @Id String id,
        String workspaceId,
        long revision,
        int threshold,
        int reviewBand,
        int hotScore,
        int budgetWeight,
        int authorityWeight,
        int needWeight,
        int timelineWeight,
        List<String> industries,
        List<String> companySizes,
        List<String> countries,
        List<String> titles,
        String sector) {

    static final String COLLECTION = "campaigns";
}
