package io.opensdr.qualifier.persistence;

import io.opensdr.qualifier.domain.Assessment;
import io.opensdr.qualifier.domain.Company;
import io.opensdr.qualifier.domain.CriterionScore;
import io.opensdr.qualifier.domain.Person;
import io.opensdr.qualifier.domain.Prospect;
import io.opensdr.qualifier.domain.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * A new assessment as the BSON document of {@link AssessmentDocument}, written by hand for the
 * hot path: the same field names and BSON types as Spring Data's mapping (null fields left out,
 * enums by name, instants as dates), so that everything else keeps reading it through {@link
 * AssessmentDocument}; only the type hint {@code _class}, which no reader needs, is left out.
 * {@code AssessmentBsonTest} compares the two for a prospect with every field set and one with
 * every optional field empty.
 */
final class AssessmentBson {

    private AssessmentBson() {
    }

    static Document toInsert(Assessment assessment) {
        Prospect prospect = assessment.prospect();
        Document document = new Document("_id", prospect.prospectId());
        document.put("workspaceId", prospect.workspaceId());
        document.put("campaignId", prospect.campaignId());
        document.put("totalScore", assessment.totalScore());
        document.put("budget", criterion(assessment.scores().budget()));
        document.put("authority", criterion(assessment.scores().authority()));
        document.put("need", criterion(assessment.scores().need()));
        document.put("timeline", criterion(assessment.scores().timeline()));
        document.put("threshold", assessment.threshold());
        document.put("decision", assessment.decision().name());
        document.put("hot", assessment.hot());
        document.put("contactable", assessment.contactable());
        document.put("scoredBy", assessment.scoredBy().name());
        putIfSet(document, "fallbackReason", assessment.fallbackReason());
        putIfSet(document, "assessedAt", date(assessment.assessedAt()));
        document.put("rulesRevision", assessment.rulesRevision());
        document.put("prospect", prospect(prospect));
        putIfSet(document, "profileFingerprint", assessment.profileFingerprint());
        document.put("contacted", false);
        return document;
    }

    private static Document criterion(CriterionScore score) {
        Document document = new Document("score", score.score());
        putIfSet(document, "reason", score.reason());
        return document;
    }

    private static Document prospect(Prospect prospect) {
        Document document = new Document();
        putIfSet(document, "prospectId", prospect.prospectId());
        putIfSet(document, "workspaceId", prospect.workspaceId());
        putIfSet(document, "campaignId", prospect.campaignId());
        if (prospect.person() != null) {
            document.put("person", person(prospect.person()));
        }
        if (prospect.company() != null) {
            document.put("company", company(prospect.company()));
        }
        List<Document> signals = new ArrayList<>(prospect.signals().size());
        for (Signal signal : prospect.signals()) {
            Document each = new Document();
            putIfSet(each, "type", signal.type() == null ? null : signal.type().name());
            putIfSet(each, "observedAt", date(signal.observedAt()));
            putIfSet(each, "detail", signal.detail());
            signals.add(each);
        }
        document.put("signals", signals);
        return document;
    }

    private static Document person(Person person) {
        Document document = new Document();
        putIfSet(document, "firstName", person.firstName());
        putIfSet(document, "lastName", person.lastName());
        putIfSet(document, "title", person.title());
        putIfSet(document, "seniority", person.seniority() == null ? null : person.seniority().name());
        putIfSet(document, "email", person.email());
        putIfSet(document, "emailGrade", person.emailGrade() == null ? null : person.emailGrade().name());
        putIfSet(document, "countryCode", person.countryCode());
        putIfSet(document, "timeZone", person.timeZone());
        return document;
    }

    private static Document company(Company company) {
        Document document = new Document();
        putIfSet(document, "name", company.name());
        putIfSet(document, "domain", company.domain());
        putIfSet(document, "industry", company.industry());
        putIfSet(document, "employeeCount", company.employeeCount());
        putIfSet(document, "annualRevenueUsd", company.annualRevenueUsd());
        putIfSet(document, "countryCode", company.countryCode());
        return document;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static void putIfSet(Document document, String field, Object value) {
        if (value != null) {
            document.put(field, value);
        }
    }
}
