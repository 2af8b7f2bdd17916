package io.opensdr.prospector.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.Company;
import io.opensdr.prospector.domain.EmailGrade;
import io.opensdr.prospector.domain.Person;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.persistence.CsvImportDocument.MappedColumn;
import io.opensdr.prospector.sources.csv.ImportReport;
import io.opensdr.prospector.sources.csv.ImportSegment;
import io.opensdr.prospector.sources.csv.ImportedPeople;
import io.opensdr.prospector.sources.csv.ImportedRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
public class MongoImportedPeople implements ImportedPeople {

    private final MongoTemplate mongo;

    public MongoImportedPeople(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean lock(String campaignId, String importId, Instant now, Duration staleAfter) {
        // Matches a free or stale lock only: when another import holds it, the upsert tries to
        // insert a second document with the same _id, which the store refuses.
        Query free = query(where("_id").is(campaignId).orOperator(where("lockedBy").is(null),
                where("lockedAt").lt(now.minus(staleAfter))));
        Update take = new Update().set("lockedBy", importId).set("lockedAt", now)
                .setOnInsert("committedRows", 0L).setOnInsert("segments", List.of());
        try {
            mongo.upsert(free, take, CsvImportCampaignDocument.class);
            return true;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }

    @Override
    public void unlock(String campaignId, String importId) {
        mongo.updateFirst(query(where("_id").is(campaignId).and("lockedBy").is(importId)),
                new Update().unset("lockedBy").unset("lockedAt"), CsvImportCampaignDocument.class);
    }

    @Override
    public void forEachImportedEmail(String campaignId, LongConsumer emailHashes) {
        List<String> imports = segments(campaignId).stream().map(ImportSegment::importId).toList();
        if (imports.isEmpty()) {
            return;
        }
        Query query = query(where("importId").in(imports));
        query.fields().include("emailHash");
        try (Stream<org.bson.Document> rows = mongo.stream(query, org.bson.Document.class, ImportedPersonDocument.COLLECTION)) {
            rows.map(row -> row.getLong("emailHash")).filter(java.util.Objects::nonNull) // erased rows have none
                    .forEach(emailHashes::accept);
        }
    }

    @Override
    public void insert(List<ImportedRow> rows) {
        mongo.insert(rows.stream().map(MongoImportedPeople::toDocument).toList(), ImportedPersonDocument.class);
    }

    @Override
    public boolean commit(String campaignId, String importId, int[] countsByPriority) {
        CsvImportCampaignDocument held = mongo.findOne(query(where("_id").is(campaignId).and("lockedBy").is(importId)),
                CsvImportCampaignDocument.class);
        if (held == null) {
            return false;
        }
        long size = Arrays.stream(countsByPriority).asLongStream().sum();
        CsvImportCampaignDocument.Segment segment = new CsvImportCampaignDocument.Segment(importId, held.committedRows(),
                Arrays.stream(countsByPriority).boxed().toList());
        // Only the lock's holder commits; the committed count guards the base all the same.
        Query stillHeld = query(where("_id").is(campaignId).and("lockedBy").is(importId).and("committedRows").is(held.committedRows()));
        Update commit = new Update().set("committedRows", held.committedRows() + size).push("segments", segment)
                .unset("lockedBy").unset("lockedAt");
        return mongo.updateFirst(stillHeld, commit, CsvImportCampaignDocument.class).getModifiedCount() == 1;
    }

    @Override
    public void discard(String importId) {
        mongo.remove(query(where("importId").is(importId)), ImportedPersonDocument.class);
    }

    @Override
    public List<ImportSegment> segments(String campaignId) {
        CsvImportCampaignDocument document = mongo.findById(campaignId, CsvImportCampaignDocument.class);
        if (document == null || document.segments() == null) {
            return List.of();
        }
        return document.segments().stream().map(segment -> new ImportSegment(segment.importId(), segment.base(),
                segment.countsByPriority().stream().mapToInt(Integer::intValue).toArray())).toList();
    }

    @Override
    public List<ImportedRow> findByKeys(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, ImportedPersonDocument> found = mongo.find(query(where("_id").in(keys)), ImportedPersonDocument.class)
                .stream().collect(Collectors.toMap(ImportedPersonDocument::id, Function.identity()));
        List<ImportedRow> rows = new ArrayList<>(keys.size());
        for (String key : keys) {
            ImportedPersonDocument document = found.get(key);
            if (document != null) {
                rows.add(toRow(document));
            }
        }
        return rows;
    }

    @Override
    public void saveReport(ImportReport report) {
        mongo.save(new CsvImportDocument(report.importId(), report.campaignId(), report.fileName(), report.status(),
                report.delimiter(), report.mapping().entrySet().stream().map(e -> new MappedColumn(e.getKey(), e.getValue())).toList(),
                report.rowsRead(), report.imported(), report.rejected(), report.duplicates(), report.errors(),
                report.duplicateRows(), report.errorsTruncated(), report.malformedUtf8Sequences(), report.fileError(),
                report.startedAt(), report.finishedAt(), report.suppressed(), report.suppressedRows()));
    }

    @Override
    public Optional<ImportReport> findReport(String importId) {
        return Optional.ofNullable(mongo.findById(importId, CsvImportDocument.class)).map(MongoImportedPeople::toReport);
    }

    @Override
    public List<ImportReport> findReports(String campaignId) {
        Query query = query(Criteria.where("campaignId").is(campaignId)).with(Sort.by(Sort.Direction.DESC, "startedAt"));
        query.fields().exclude("errors").exclude("duplicateRows");
        return mongo.find(query, CsvImportDocument.class).stream().map(MongoImportedPeople::toReport).toList();
    }

    private static ImportReport toReport(CsvImportDocument d) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (d.mapping() != null) {
            d.mapping().forEach(column -> mapping.put(column.column(), column.field()));
        }
        return new ImportReport(d.id(), d.campaignId(), d.fileName(), d.status(), d.delimiter(), mapping, d.rowsRead(),
                d.imported(), d.rejected(), d.duplicates(), d.errors() == null ? List.of() : d.errors(),
                d.duplicateRows() == null ? List.of() : d.duplicateRows(), d.errorsTruncated(), d.malformedUtf8Sequences(),
                d.fileError(), d.startedAt(), d.finishedAt(), d.suppressed() == null ? 0 : d.suppressed(),
                d.suppressedRows() == null ? List.of() : d.suppressedRows());
    }

    private static ImportedPersonDocument toDocument(ImportedRow row) {
        Person person = row.candidate().person();
        Company company = row.candidate().company();
        return new ImportedPersonDocument(row.key(), row.campaignId(), row.importId(), row.row(), row.priority(), row.seq(),
                row.emailHash(), row.candidate().sourceKey(), person.firstName(), person.lastName(), person.title(),
                person.seniority().name(), person.email(), person.emailGrade().name(), person.phone(), person.linkedinUrl(),
                person.city(), person.countryCode(), company.name(), company.domain(), company.industry(),
                company.employeeCount(), null);
    }

    private static ImportedRow toRow(ImportedPersonDocument d) {
        if (Boolean.TRUE.equals(d.erased())) {
            return new ImportedRow(d.campaignId(), d.importId(), d.row(), d.priority(), d.seq(), 0, null);
        }
        Person person = new Person(d.firstName(), d.lastName(), d.title(), Seniority.valueOf(d.seniority()), d.email(),
                EmailGrade.valueOf(d.emailGrade()), d.phone(), d.linkedinUrl(), d.city(), d.countryCode(), null);
        Company company = new Company(d.companyName(), d.companyDomain(), d.industry(), d.employeeCount(), null,
                d.countryCode(), null);
        return new ImportedRow(d.campaignId(), d.importId(), d.row(), d.priority(), d.seq(), d.emailHash(),
                new Candidate(d.sourceKey(), person, company, List.of()));
    }
}
