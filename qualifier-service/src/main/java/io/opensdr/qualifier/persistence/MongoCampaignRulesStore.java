package io.opensdr.qualifier.persistence;

import io.opensdr.qualifier.domain.CampaignRules;
import io.opensdr.qualifier.domain.CampaignRulesStore;
import io.opensdr.qualifier.domain.CompanySizeRange;
import io.opensdr.qualifier.domain.QualificationSettings;
import io.opensdr.qualifier.domain.TargetProfile;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
public class MongoCampaignRulesStore implements CampaignRulesStore {

    private final MongoTemplate mongo;

    public MongoCampaignRulesStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CampaignRules> find(String campaignId) {
        return Optional.ofNullable(mongo.findById(campaignId, CampaignRulesDocument.class)).map(MongoCampaignRulesStore::toRules);
    }

    @Override
    public boolean save(CampaignRules rules) {
        // Matches only an older revision, or none: when a newer one is held, the upsert tries to
        // insert a second document with the same _id, which the store refuses.
        Query olderOrNone = Query.query(Criteria.where("_id").is(rules.campaignId()).and("revision").lt(rules.revision()));
        QualificationSettings settings = rules.settings();
        TargetProfile profile = rules.targetProfile();
        Update update = new Update()
                .set("workspaceId", rules.workspaceId())
                .set("revision", rules.revision())
                .set("threshold", settings.threshold())
                .set("reviewBand", settings.reviewBand())
                .set("hotScore", settings.hotScore())
                .set("budgetWeight", settings.budgetWeight())
                .set("authorityWeight", settings.authorityWeight())
                .set("needWeight", settings.needWeight())
                .set("timelineWeight", settings.timelineWeight())
                .set("industries", profile.industries().stream().sorted().toList())
                .set("companySizes", profile.companySizes().stream().map(CompanySizeRange::label).toList())
                .set("countries", profile.countries().stream().sorted().toList())
                .set("titles", profile.titles())
                .set("sector", profile.sector());
        try {
            mongo.upsert(olderOrNone, update, CampaignRulesDocument.class);
            return true;
        } catch (DuplicateKeyException newerHeld) {
            return false;
        }
    }

    private static CampaignRules toRules(CampaignRulesDocument document) {
        return new CampaignRules(document.id(), document.workspaceId(), document.revision(),
                new QualificationSettings(document.threshold(), document.reviewBand(), document.hotScore(),
                        document.budgetWeight(), document.authorityWeight(), document.needWeight(), document.timelineWeight()),
                new TargetProfile(Set.copyOf(document.industries()),
                        document.companySizes().stream().map(CompanySizeRange::parse).flatMap(Optional::stream).toList(),
                        Set.copyOf(document.countries()),
                        // Held before titles and sector were kept: none.
                        document.titles() == null ? List.of() : document.titles(), document.sector()));
    }
}
