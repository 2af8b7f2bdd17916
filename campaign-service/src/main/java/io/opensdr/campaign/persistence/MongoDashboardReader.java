package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.DashboardReader;
import io.opensdr.campaign.domain.HotLead;
import io.opensdr.campaign.domain.Tallies;
import io.opensdr.campaign.domain.Tally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the counters {@link MongoProgressStore} keeps: each read fetches documents by id (one per
 * scope, one per day of a range), whatever the number of prospects behind them.
 */
@Repository
class MongoDashboardReader implements DashboardReader {

    private final MongoTemplate mongo;

    MongoDashboardReader(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Totals workspace(String workspaceId) {
        return totalsOf(mongo.findById(MongoProgressStore.workspaceKey(workspaceId), Document.class, MongoProgressStore.TOTALS));
    }

    @Override
    public Map<String, Totals> campaigns(String workspaceId, Collection<String> campaignIds) {
        Map<String, Totals> totals = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return totals;
        }
        List<String> keys = campaignIds.stream().map(id -> MongoProgressStore.campaignKey(workspaceId, id)).toList();
        for (Document document : byIds(keys, MongoProgressStore.TOTALS)) {
            totals.put(document.getString("campaignId"), totalsOf(document));
        }
        return totals;
    }

    @Override
    public Map<LocalDate, Tallies> workspaceDays(String workspaceId, LocalDate from, LocalDate to) {
        return days(MongoProgressStore.workspaceKey(workspaceId), from, to);
    }

    @Override
    public Map<LocalDate, Tallies> campaignDays(String workspaceId, String campaignId, LocalDate from, LocalDate to) {
        return days(MongoProgressStore.campaignKey(workspaceId, campaignId), from, to);
    }

    @Override
    public Map<String, Long> versions(Collection<String> workspaceIds) {
        Map<String, Long> versions = new HashMap<>();
        if (workspaceIds.isEmpty()) {
            return versions;
        }
        Query query = query(where("_id").in(workspaceIds.stream().map(MongoProgressStore::workspaceKey).toList()));
        query.fields().include("workspaceId").include("v");
        for (Document document : mongo.find(query, Document.class, MongoProgressStore.TOTALS)) {
            versions.put(document.getString("workspaceId"), versionOf(document));
        }
        return versions;
    }

    private Map<LocalDate, Tallies> days(String scopeKey, LocalDate from, LocalDate to) {
        Set<String> keys = new LinkedHashSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            keys.add(scopeKey + ":" + day);
        }
        Map<LocalDate, Tallies> days = new HashMap<>();
        for (Document document : byIds(keys, MongoProgressStore.DAILY)) {
            days.put(LocalDate.parse(document.getString("day")), talliesOf(document));
        }
        return days;
    }

    private List<Document> byIds(Collection<String> keys, String collection) {
        Query query = query(where("_id").in(keys));
        query.fields().exclude("ops");
        return mongo.find(query, Document.class, collection);
    }

    private static Totals totalsOf(Document document) {
        if (document == null) {
            return Totals.NONE;
        }
        List<HotLead> leads = new ArrayList<>();
        List<?> stored = document.get("hotLeads", List.class);
        if (stored != null) {
            for (Object entry : stored) {
                Document lead = (Document) entry;
                leads.add(new HotLead(lead.getString("prospectId"), lead.getString("campaignId"), lead.getString("name"),
                        lead.getString("title"), lead.getString("company"), ((Number) lead.get("score")).intValue(),
                        ((Date) lead.get("at")).toInstant()));
            }
        }
        return new Totals(talliesOf(document), leads, versionOf(document));
    }

    private static Tallies talliesOf(Document document) {
        Map<Tally, Long> values = new EnumMap<>(Tally.class);
        Map<String, Long> counts = MongoProgressStore.counts(document);
        for (Tally tally : Tally.values()) {
            Long value = counts.get(tally.key());
            if (value != null) {
                values.put(tally, value);
            }
        }
        return new Tallies(values);
    }

    private static long versionOf(Document document) {
        Object version = document.get("v");
        return version instanceof Number number ? number.longValue() : 0;
    }
}
