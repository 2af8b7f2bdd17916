package io.opensdr.campaign.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.campaign.domain.ProspectFilter;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.ProspectStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The prospect list's own read model, made so that a page costs the same at any depth on any
 * MongoDB-protocol store. mongo-java-server (the local stack's and the tests' store) serves a query
 * from an index only by exact key, never by a range or a sort: a filtered, sorted query over the
 * prospects reads the whole collection. So each prospect gets a dense position in its workspace's
 * list and in its campaign's list, in the order campaign-service first heard of it; position n is
 * row n % {@value #BLOCK} of block n / {@value #BLOCK}, and a page reads blocks by id from the top
 * (or from the cursor) downwards, keeping the rows that pass the filters.
 * <p>
 * A row holds only what the filters need (id, status, score, hot, source) and the prospect's
 * version: every write to a prospect rewrites its rows from the prospect as that write left it, and
 * a row never goes back to an older version, whatever the order in which two writers get there. A
 * block is created empty when its first position is allocated, so a row is written by a plain
 * conditional update (an upsert with a condition would fail with a duplicate key whenever a newer
 * row is there); a block whose creation was interrupted, or is not done yet when another writer's
 * row gets there, is created by that row's writer, which then writes its row whoever created it.
 * A page reads at most {@value #SCAN_LIMIT} rows; a rare filter may so give a short page whose
 * cursor goes on searching. The prospects a page names are read back and checked against the
 * filters, so a row left behind by a write interrupted between the prospect and its rows is never
 * shown wrongly (it is corrected by the prospect's next write).
 */
@Component
class ProspectList {

    static final String BLOCKS = "prospect_list_blocks";
    static final String TOPS = "prospect_list_tops";
    static final String LISTED = "listed";
    static final String VERSION = "version";
    /** A block's rows, by their position in it. */
    static final String ROWS = "r";
    /** Rows per block: a block is rewritten whole by the stores we run, so small blocks keep writes cheap. */
    static final int BLOCK = 100;
    /** Blocks fetched per round trip while a page is searched. */
    static final int BLOCKS_PER_READ = 5;
    /** Rows a page reads at most before it answers with what it found and a cursor to go on. */
    static final int SCAN_LIMIT = 10_000;

    private final MongoTemplate mongo;
    private final int scanLimit;

    @Autowired
    ProspectList(MongoTemplate mongo) {
        this(mongo, SCAN_LIMIT);
    }

    /** With a smaller scan limit, for tests of the short pages a rare filter gives. */
    ProspectList(MongoTemplate mongo, int scanLimit) {
        this.mongo = mongo;
        this.scanLimit = scanLimit;
    }

    /** The list a filter reads: its campaign's when it names one, else the workspace's. */
    static String scope(String workspaceId, String campaignId) {
        return campaignId == null ? "w:" + workspaceId : "c:" + workspaceId + ":" + campaignId;
    }

    /** A row that passed the filters: its position in the list and its prospect. */
    record Candidate(long position, String prospectId) {
    }

    /** The rows of one page, newest first, and where the search stopped (0: at the bottom of the list). */
    record Found(List<Candidate> candidates, long next) {
    }

    Found search(String workspaceId, ProspectFilter filter) {
        String scope = scope(workspaceId, filter.campaignId());
        long next = filter.before() != null ? filter.before() : top(scope);
        List<Candidate> candidates = new ArrayList<>();
        int scanned = 0;
        while (next > 0 && candidates.size() < filter.limit() && scanned < scanLimit) {
            long highest = (next - 1) / BLOCK;
            long lowest = Math.max(0, highest - BLOCKS_PER_READ + 1);
            Map<Long, Document> rowsByBlock = blocks(scope, lowest, highest);
            for (long position = next - 1; position >= lowest * BLOCK; position--) {
                next = position;
                scanned++;
                Document row = row(rowsByBlock, new Position(scope, position));
                if (row != null && filter.matches(status(row), row.getInteger("sc"), row.getBoolean("h"), source(row))) {
                    candidates.add(new Candidate(position, row.getString("i")));
                    if (candidates.size() == filter.limit()) {
                        break;
                    }
                }
                if (scanned == scanLimit) {
                    break;
                }
            }
        }
        return new Found(candidates, next);
    }

    /**
     * Gives the prospect its positions (once) and rewrites its rows from {@code prospect}: the
     * prospect as a write to it left it (the fields of {@link #listingFieldsOf}), answered by that
     * write. Called after every write that changed the prospect, with what the last of them answered:
     * whatever the order in which two writers get here, the one whose write made the newest version
     * writes that version's rows, and the version guard keeps them.
     */
    void relist(Document prospect) {
        if (prospect == null || prospect.getString("workspaceId") == null) {
            return;
        }
        if (prospect.get(LISTED) == null) {
            prospect = giveFirstPositions(prospect);
            if (prospect == null) {
                return;
            }
        }
        writeRows(prospect);
    }

    /** The prospect with its positions: new ones, or those of a writer that got there first. */
    private Document giveFirstPositions(Document prospect) {
        String prospectId = prospect.getString("_id");
        String workspaceId = prospect.getString("workspaceId");
        String campaignId = prospect.getString("campaignId");
        Document positions = new Document("w", allocateOne(scope(workspaceId, null)));
        if (campaignId != null) {
            positions.append("c", allocateOne(scope(workspaceId, campaignId)));
        }
        Document listed = ConditionalUpdates.updateAndGet(mongo,
                listingFieldsOf(where("_id").is(prospectId).and(LISTED).exists(false)),
                new Update().set(LISTED, positions), ProspectDocument.class);
        // Null when a writer got there first (it keeps its positions; ours stay empty rows, skipped
        // by pages) or the prospect was erased meanwhile.
        if (listed != null) {
            return listed;
        }
        Document now = mongo.findOne(listingFieldsOf(where("_id").is(prospectId)), Document.class, ProspectDocument.COLLECTION);
        // Gone, or stored again without positions after an erasure by another writer, which lists
        // it itself: nothing for this writer to write (ProspectListRaceTest met the second case).
        return now != null && now.get(LISTED) != null ? now : null;
    }

    /** Reserves {@code count} positions at the top of a list and answers the first of them. */
    long allocate(String scope, int count) {
        Document top = mongo.findAndModify(query(where("_id").is(scope)), new Update().inc("next", (long) count),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, TOPS);
        return ((Number) top.get("next")).longValue() - count;
    }

    /** Reserves one position, and creates its block when it is the block's first. */
    private long allocateOne(String scope) {
        Position position = new Position(scope, allocate(scope, 1));
        if (position.firstOfItsBlock()) {
            createBlock(position.blockId());
        }
        return position.position();
    }

    /**
     * Creates an empty block unless it exists. An upsert by id alone (no condition that an existing
     * block could fail), so it meets no duplicate key but when two writers create the same block at
     * once on a store that does not retry that itself.
     */
    private void createBlock(String blockId) {
        try {
            mongo.upsert(query(where("_id").is(blockId)), new Update().setOnInsert(ROWS, new Document()), BLOCKS);
        } catch (DuplicateKeyException createdMeanwhile) {
            // There now, which is all that was needed.
        }
    }

    /** Writes a prospect's rows at its positions unless a newer version is already there. */
    void writeRows(Document prospect) {
        Document row = row(prospect);
        for (Position at : positionsOf(prospect)) {
            writeRow(at, row);
        }
    }

    /** Where a listed prospect's rows are: in its workspace's list, and in its campaign's if it has one. */
    static List<Position> positionsOf(Document prospect) {
        Document listed = (Document) prospect.get(LISTED);
        String workspaceId = prospect.getString("workspaceId");
        List<Position> positions = new ArrayList<>(2);
        positions.add(new Position(scope(workspaceId, null), ((Number) listed.get("w")).longValue()));
        if (listed.get("c") != null) {
            positions.add(new Position(scope(workspaceId, prospect.getString("campaignId")),
                    ((Number) listed.get("c")).longValue()));
        }
        return positions;
    }

    static Document row(Document prospect) {
        Document row = new Document("i", prospect.getString("_id")).append("s", prospect.getString("status"))
                .append("o", prospect.getString("source")).append("v", version(prospect));
        if (prospect.get("score") != null) {
            row.append("sc", ((Number) prospect.get("score")).intValue());
        }
        if (Boolean.TRUE.equals(prospect.getBoolean("hot"))) {
            row.append("h", true);
        }
        return row;
    }

    static long version(Document prospect) {
        Object version = prospect.get(VERSION);
        return version == null ? 0 : ((Number) version).longValue();
    }

    private static String blockId(String scope, long block) {
        return scope + "#" + block;
    }

    /**
     * Position {@code position} of the list {@code scope}: row {@code position % BLOCK} (the field
     * {@link #slot()} of its block document) of block {@code position / BLOCK} ({@link #blockId()}).
     */
    record Position(String scope, long position) {

        long block() {
            return position / BLOCK;
        }

        String blockId() {
            return ProspectList.blockId(scope, block());
        }

        /** The row's key among its block's rows. */
        String row() {
            return Long.toString(position % BLOCK);
        }

        /** The row's field in its block document. */
        String slot() {
            return ROWS + "." + row();
        }

        boolean firstOfItsBlock() {
            return position % BLOCK == 0;
        }
    }

    /** The fields a prospect's rows are made of. */
    static Query listingFieldsOf(Criteria criteria) {
        Query query = query(criteria);
        query.fields().include("workspaceId", "campaignId", "status", "score", "hot", "source", LISTED, VERSION, "createdAt");
        return query;
    }

    private void writeRow(Position at, Document row) {
        Query olderOrMissing = query(where("_id").is(at.blockId())
                .orOperator(where(at.slot()).exists(false), where(at.slot() + ".v").lt(row.get("v"))));
        Update write = new Update().set(at.slot(), row);
        // False when the row there is as new or newer (nothing to write then), or when the block was
        // missing: the write that allocated its first position stopped before creating it, or had
        // not created it yet. Then the block is created unless it is there by now and the write
        // tried again, whoever created the block: its first position's writer may have created it
        // between the two round trips, and the row would be lost if only our own creation counted.
        if (!ConditionalUpdates.updateIf(mongo, olderOrMissing, write, BLOCKS)) {
            createBlock(at.blockId());
            ConditionalUpdates.updateIf(mongo, olderOrMissing, write, BLOCKS);
        }
    }

    private long top(String scope) {
        Document top = mongo.findOne(query(where("_id").is(scope)), Document.class, TOPS);
        return top == null ? 0 : ((Number) top.get("next")).longValue();
    }

    private Map<Long, Document> blocks(String scope, long lowest, long highest) {
        List<String> ids = new ArrayList<>();
        for (long block = lowest; block <= highest; block++) {
            ids.add(blockId(scope, block));
        }
        Map<Long, Document> rowsByBlock = new HashMap<>();
        for (Document block : mongo.find(query(where("_id").in(ids)), Document.class, BLOCKS)) {
            String id = block.getString("_id");
            rowsByBlock.put(Long.parseLong(id.substring(id.lastIndexOf('#') + 1)), (Document) block.get(ROWS));
        }
        return rowsByBlock;
    }

    private static Document row(Map<Long, Document> rowsByBlock, Position at) {
        Document rows = rowsByBlock.get(at.block());
        return rows == null ? null : (Document) rows.get(at.row());
    }

    private static ProspectStatus status(Document row) {
        String status = row.getString("s");
        return status == null ? ProspectStatus.PENDING : ProspectStatus.valueOf(status);
    }

    private static ProspectSource source(Document row) {
        String source = row.getString("o");
        return source == null ? null : ProspectSource.valueOf(source);
    }
}
