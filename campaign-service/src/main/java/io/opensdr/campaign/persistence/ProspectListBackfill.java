package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Lists the prospects that have no place in the prospect list yet: those stored before the list
 * existed, and any whose first listing was interrupted. They are listed in the order the store keeps
 * them, the order they were stored (as the list orders the others: by when campaign-service first
 * heard of them): a sort by creation time would hold the whole collection in memory at once, in
 * mongo-java-server (measured: out of memory at 1,000,000 prospects) and in MongoDB (over its
 * 100 MB sort limit), as no index has the unlisted ones in order. Runs once at start-up (a prospect
 * written meanwhile is listed by its own write) and in batches, so that a million prospects are
 * listed in a few round trips per thousand. A prospect listed by its own write while its batch is
 * being listed takes the back-fill's positions (it moves once); pages skip the rows left at its
 * first positions (see {@link ProspectList}), and the rows of any prospect of the batch written
 * meanwhile are written again from it as it is once the batch is listed, so they are not left
 * older than the prospect.
 */
@Component
public class ProspectListBackfill {

    private static final Logger log = LoggerFactory.getLogger(ProspectListBackfill.class);
    static final int BATCH = 1_000;

    private final MongoTemplate mongo;
    private final ProspectList list;

    ProspectListBackfill(MongoTemplate mongo, ProspectList list) {
        this.mongo = mongo;
        this.list = list;
    }

    @EventListener(ApplicationReadyEvent.class)
    void listAtStartUp() {
        long started = System.nanoTime();
        long listed = run();
        if (listed > 0) {
            log.info("Listed {} prospects that had no place in the prospect list, in {} ms", listed,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Lists every unlisted prospect; answers how many. Public for the prospect-list benchmark, which loads its data directly. */
    public long run() {
        // In batches: mongo-java-server otherwise answers the whole result at once (200 MB for a million).
        Query unlisted = ProspectList.listingFieldsOf(where(ProspectList.LISTED).exists(false)).cursorBatchSize(BATCH);
        long listed = 0;
        List<Document> batch = new ArrayList<>(BATCH);
        try (Stream<Document> prospects = mongo.stream(unlisted, Document.class, ProspectDocument.COLLECTION)) {
            for (Document prospect : (Iterable<Document>) prospects::iterator) {
                if (prospect.getString("workspaceId") == null) {
                    continue;
                }
                batch.add(prospect);
                if (batch.size() == BATCH) {
                    listed += list(batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            listed += list(batch);
        }
        return listed;
    }

    private int list(List<Document> batch) {
        Map<String, List<Document>> byScope = new LinkedHashMap<>();
        for (Document prospect : batch) {
            prospect.put(ProspectList.LISTED, new Document());
            byScope.computeIfAbsent(ProspectList.scope(prospect.getString("workspaceId"), null), s -> new ArrayList<>())
                    .add(prospect);
            if (prospect.getString("campaignId") != null) {
                byScope.computeIfAbsent(ProspectList.scope(prospect.getString("workspaceId"), prospect.getString("campaignId")),
                        s -> new ArrayList<>()).add(prospect);
            }
        }
        for (Map.Entry<String, List<Document>> scope : byScope.entrySet()) {
            long position = list.allocate(scope.getKey(), scope.getValue().size());
            String key = scope.getKey().startsWith("w:") ? "w" : "c";
            for (Document prospect : scope.getValue()) {
                ((Document) prospect.get(ProspectList.LISTED)).put(key, position++);
            }
        }
        // By id alone: an update with a condition reads the whole collection on mongo-java-server.
        BulkOperations positions = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ProspectDocument.COLLECTION);
        for (Document prospect : batch) {
            positions.updateOne(query(where("_id").is(prospect.getString("_id"))),
                    new Update().set(ProspectList.LISTED, prospect.get(ProspectList.LISTED)));
        }
        positions.execute();
        writeBlocks(batch);
        catchUp(batch);
        return batch.size();
    }

    /**
     * Writes again, from the prospect as it is now and guarded by its version as any row write is,
     * the rows of each prospect of the batch that changed since the batch was read or was listed
     * elsewhere meanwhile (another instance's back-fill). An event written while the batch was being
     * listed either wrote its rows before {@link #writeBlocks} put the batch's older ones over them,
     * or, before the positions were set, at positions the prospect no longer holds: without this,
     * the prospect's rows stayed older than the prospect until its next write, and a filter on its
     * new state missed it. A write after this read finds the back-fill's positions and writes its
     * own rows. One read per batch; a write only for such a prospect.
     */
    private void catchUp(List<Document> batch) {
        Map<String, Document> read = new HashMap<>();
        for (Document prospect : batch) {
            read.put(prospect.getString("_id"), prospect);
        }
        Query now = ProspectList.listingFieldsOf(where("_id").in(read.keySet()));
        for (Document prospect : mongo.find(now, Document.class, ProspectDocument.COLLECTION)) {
            Document before = read.get(prospect.getString("_id"));
            if (prospect.get(ProspectList.LISTED) != null && prospect.getString("workspaceId") != null
                    && (ProspectList.version(prospect) != ProspectList.version(before)
                    || !prospect.get(ProspectList.LISTED).equals(before.get(ProspectList.LISTED)))) {
                list.writeRows(prospect);
            }
        }
    }

    /**
     * One write per block: the rows of a batch sit side by side. Upserts, unconditional: the
     * positions are the back-fill's own, and a block they open is created here.
     */
    private void writeBlocks(List<Document> prospects) {
        Map<String, Update> byBlock = new LinkedHashMap<>();
        for (Document prospect : prospects) {
            Document row = ProspectList.row(prospect);
            for (ProspectList.Position at : ProspectList.positionsOf(prospect)) {
                byBlock.computeIfAbsent(at.blockId(), id -> new Update()).set(at.slot(), row);
            }
        }
        if (byBlock.isEmpty()) {
            return;
        }
        BulkOperations blocks = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ProspectList.BLOCKS);
        byBlock.forEach((blockId, rows) -> blocks.upsert(query(where("_id").is(blockId)), rows));
        blocks.execute();
    }
}
