package io.opensdr.campaign.web;

import static io.opensdr.campaign.web.CampaignRequestMother.aCampaignRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.opensdr.campaign.domain.Draft;
import io.opensdr.campaign.domain.ProspectRecord;
import io.opensdr.campaign.domain.ProspectSource;
import io.opensdr.campaign.domain.ProspectStatus;
import io.opensdr.campaign.domain.Prospects;
import io.opensdr.campaign.domain.Qualification;
import io.opensdr.campaign.domain.Recipient;
import io.opensdr.campaign.domain.ReviewQueue;
import io.opensdr.events.EmailApproved;
import io.opensdr.events.ProspectReviewed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The prospect list, the review band, the BANT breakdown beside each draft, and exactly-once approvals. */
class ReviewAndProspectsApiTest extends WebTestSupport {

    private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");

    @Autowired Prospects prospects;
    @Autowired ReviewQueue reviewQueue;

    private String campaignId;

    @BeforeEach
    void anActiveCampaign() throws Exception {
        var request = aCampaignRequest();
        CampaignRequestMother.template(request).put("approved", true);
        campaignId = read(mvc.perform(post("/api/campaigns").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON)
                .content(request.toString())).andReturn().getResponse().getContentAsString()).path("id").asText();
        mvc.perform(post("/api/campaigns/" + campaignId + "/launch").with(asDemoUser())).andExpect(status().isOk());
    }

    @Test
    void shouldPageThroughProspectsNewestFirstWithFiltersAndNoOverlap() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(prospect(i % 2 == 0 ? Qualification.QUALIFIED : Qualification.REJECTED, 50 + i * 10, i == 4, T0.plusSeconds(i)));
        }

        JsonNode first = page("/api/prospects?campaignId=" + campaignId + "&limit=2");
        JsonNode second = page("/api/prospects?campaignId=" + campaignId + "&limit=2&after=" + first.path("next").asText());
        JsonNode third = page("/api/prospects?campaignId=" + campaignId + "&limit=2&after=" + second.path("next").asText());

        List<String> seen = new ArrayList<>();
        for (JsonNode page : List.of(first, second, third)) {
            page.path("items").forEach(item -> seen.add(item.path("id").asText()));
        }
        assertThat(seen).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
        assertThat(third.path("next").isNull()).isTrue();

        assertThat(idsOf(page("/api/prospects?campaignId=" + campaignId + "&status=QUALIFIED&minScore=60")))
                .containsExactly(ids.get(4), ids.get(2));
        assertThat(idsOf(page("/api/prospects?campaignId=" + campaignId + "&hot=true"))).containsExactly(ids.get(4));
        assertThat(idsOf(page("/api/prospects?campaignId=" + campaignId + "&maxScore=60&source=DEMO")))
                .containsExactly(ids.get(1), ids.get(0));
        JsonNode one = page("/api/prospects?campaignId=" + campaignId + "&limit=1").path("items").get(0);
        assertThat(one.path("bant").path("authority").path("reason").asText()).isEqualTo("VP, decides on tooling");
        assertThat(idsOf(pageAs("/api/prospects?campaignId=" + campaignId, true))).isEmpty();
        mvc.perform(get("/api/prospects/" + ids.get(0)).with(asUserOfAnotherWorkspace())).andExpect(status().isNotFound());
    }

    @Test
    void shouldRefuseUnknownOperatorAndOutOfRangeParameters() throws Exception {
        for (String query : List.of("status[$ne]=REJECTED", "campaignId[$gt]=", "sort=score", "status=BOGUS", "minScore=-1",
                "minScore=80&maxScore=20", "limit=500", "hot=maybe", "after=bm90LWEtY3Vyc29y", "campaignId=a&campaignId=b")) {
            mvc.perform(get("/api/prospects?" + query).with(asDemoUser()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").isString());
        }
        mvc.perform(get("/api/review/prospects?status=QUALIFIED").with(asDemoUser())).andExpect(status().isBadRequest());
    }

    @Test
    void shouldQualifyAReviewProspectOncePublishingOneProspectReviewedEvenWhenPressedConcurrently() throws Exception {
        String prospectId = prospect(Qualification.REVIEW, 58, false, T0);
        assertThat(idsOf(page("/api/review/prospects?campaignId=" + campaignId))).containsExactly(prospectId);

        List<Integer> statuses = concurrently(8, () -> mvc.perform(post("/api/review/prospects/" + prospectId + "/qualify")
                .with(asDemoUser()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Knows our CEO\"}"))
                .andReturn().getResponse().getStatus());

        assertThat(statuses).containsOnly(200);
        assertThat(outboxOf("prospect_reviews", prospectId)).singleElement().isInstanceOfSatisfying(ProspectReviewed.class, event -> {
            assertThat(event.getDecision().name()).isEqualTo("QUALIFIED");
            assertThat(event.getContact().getEmail()).isEqualTo(prospectId + "@acme.example");
            assertThat(event.getContactable()).isTrue();
            assertThat(event.getTotalScore()).isEqualTo(58);
            assertThat(event.getReason()).isEqualTo("Knows our CEO");
            assertThat(event.getWorkspaceId()).isEqualTo(DEMO_WORKSPACE);
        });
        assertThat(idsOf(page("/api/review/prospects?campaignId=" + campaignId))).isEmpty();
        mvc.perform(get("/api/prospects/" + prospectId).with(asDemoUser()))
                .andExpect(jsonPath("$.status").value("QUALIFIED")).andExpect(jsonPath("$.review.decision").value("QUALIFIED"));
        mvc.perform(post("/api/review/prospects/" + prospectId + "/reject").with(asDemoUser()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("The prospect was already reviewed: QUALIFIED"));
        // A later re-scoring does not undo the human's decision.
        prospects.qualified(record(prospectId, Qualification.REJECTED, 20, false, T0, T0.plusSeconds(60)));
        mvc.perform(get("/api/prospects/" + prospectId).with(asDemoUser())).andExpect(jsonPath("$.status").value("QUALIFIED"));
    }

    @Test
    void shouldRefuseToReviewAProspectTheQualifierDecidedAndChangeNothing() throws Exception {
        String qualified = prospect(Qualification.QUALIFIED, 80, true, T0);

        mvc.perform(post("/api/review/prospects/" + qualified + "/reject").with(asDemoUser()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Only prospects the qualifier left to review are decided here; this one is QUALIFIED"));
        mvc.perform(post("/api/review/prospects/" + qualified + "/qualify").with(asUserOfAnotherWorkspace()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/review/prospects/" + qualified + "/qualify").with(asDemoUser())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":{\"$gt\":\"\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(mongo.findById(qualified, Document.class, "prospect_reviews")).isNull();
    }

    @Test
    void shouldShowEachDraftWithItsProspectsBantBreakdown() throws Exception {
        String prospectId = prospect(Qualification.QUALIFIED, 74, false, T0);
        draftFor(prospectId);

        mvc.perform(get("/api/drafts").param("campaignId", campaignId).with(asDemoUser()))
                .andExpect(jsonPath("$[0].prospectId").value(prospectId))
                .andExpect(jsonPath("$[0].bant.score").value(74))
                .andExpect(jsonPath("$[0].bant.budget.score").value(70))
                .andExpect(jsonPath("$[0].bant.budget.reason").value("201-500 employees"))
                .andExpect(jsonPath("$[0].bant.timeline.reason").value("Hiring SDRs since January"));
    }

    @Test
    void shouldPublishOneEmailApprovedPerDraftWhenApprovedAndBulkApprovedConcurrently() throws Exception {
        String a = draftFor(prospect(Qualification.QUALIFIED, 70, false, T0));
        String b = draftFor(prospect(Qualification.QUALIFIED, 71, false, T0.plusSeconds(1)));

        List<Integer> statuses = concurrently(10, () -> {
            if (Thread.currentThread().getId() % 2 == 0) {
                return mvc.perform(post("/api/drafts/" + a + "/approve").with(asDemoUser())).andReturn().getResponse().getStatus();
            }
            return mvc.perform(post("/api/drafts/bulk-approve").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"ids\":[\"" + a + "\",\"" + b + "\",\"no-such-draft\"]}")).andReturn().getResponse().getStatus();
        });

        assertThat(statuses).containsOnly(200);
        assertThat(outboxOf("drafts", a)).singleElement().isInstanceOf(EmailApproved.class);
        assertThat(outboxOf("drafts", b)).singleElement().isInstanceOf(EmailApproved.class);
        JsonNode answer = read(mvc.perform(post("/api/drafts/bulk-approve").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"ids\":[\"" + a + "\",\"no-such-draft\"]}")).andReturn().getResponse().getContentAsString());
        assertThat(answer.path("results").get(0).path("result").asText()).isEqualTo("APPROVED");
        assertThat(answer.path("results").get(1).path("result").asText()).isEqualTo("NOT_FOUND");
        mvc.perform(post("/api/drafts/bulk-approve").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\":[{\"$gt\":\"\"}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ids[0]"));
        mvc.perform(post("/api/drafts/bulk-approve").with(asDemoUser()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\":[\"" + a + "\"],\"approvedBy\":\"someone-else\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("approvedBy"));
    }

    private String prospect(Qualification decision, int score, boolean hot, Instant createdAt) {
        String id = "p-" + UUID.randomUUID();
        prospects.found(new ProspectRecord(id, DEMO_WORKSPACE, campaignId, ProspectSource.DEMO, person(id),
                ProspectStatus.PENDING, null, List.of(), null, createdAt));
        prospects.qualified(record(id, decision, score, hot, createdAt, createdAt.plusSeconds(5)));
        return id;
    }

    private ProspectRecord record(String id, Qualification decision, int score, boolean hot, Instant createdAt, Instant decidedAt) {
        return new ProspectRecord(id, DEMO_WORKSPACE, campaignId, null, person(id), ProspectStatus.valueOf(decision.name()),
                new ProspectRecord.Bant(score, new ProspectRecord.Criterion(70, "201-500 employees"),
                        new ProspectRecord.Criterion(80, "VP, decides on tooling"),
                        new ProspectRecord.Criterion(60, "Growing sales team"),
                        new ProspectRecord.Criterion(65, "Hiring SDRs since January"), 60, decision, hot, true, decidedAt),
                List.of(new ProspectRecord.Signal("HIRING", createdAt, "Hiring 3 SDRs")), null, createdAt);
    }

    private static ProspectRecord.Person person(String id) {
        return new ProspectRecord.Person("Grace", "Hopper", id + "@acme.example", "VP Sales", "Acme", "acme.example",
                "Software", "Europe/Paris");
    }

    private String draftFor(String prospectId) {
        String draftId = "draft-" + UUID.randomUUID();
        reviewQueue.receive(Draft.proposed(draftId, DEMO_WORKSPACE, campaignId, prospectId, 1,
                new Recipient("Grace", "Hopper", "grace@acme.example", "VP Sales", "Acme", "acme.example", "Software",
                        "Europe/Paris"),
                "Grace, a quicker way", "Hi Grace,\n\nShall we talk?", 74, T0));
        return draftId;
    }

    private JsonNode page(String uri) throws Exception {
        return pageAs(uri, false);
    }

    private JsonNode pageAs(String uri, boolean otherWorkspace) throws Exception {
        return read(mvc.perform(get(uri).with(otherWorkspace ? asUserOfAnotherWorkspace() : asDemoUser()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> idsOf(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static <T> List<T> concurrently(int threads, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<T>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(call);
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
