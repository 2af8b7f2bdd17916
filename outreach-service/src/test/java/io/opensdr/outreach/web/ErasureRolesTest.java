package io.opensdr.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.kit.testing.TestTokens;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Roles outside campaign-service: an erasure request is an owner's act. Through the whole security
 * chain, with the role read from the access token (service-kit's {@code Caller}).
 */
class ErasureRolesTest extends OutreachWebTestSupport {

    @Test
    void shouldRefuseAMembersErasureRequestWithA403ProblemAndEraseNothing() throws Exception {
        String prospect = heldDraft("workspace-r", "grace.member@r.example");

        http.perform(erasure("grace.member@r.example").header(HttpHeaders.AUTHORIZATION,
                        TOKENS.bearer(TestTokens.member("workspace-r"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value("Only an owner of the workspace may request an erasure."));

        assertThat(recipientEmailOf(prospect)).isEqualTo("grace.member@r.example");
    }

    @Test
    void shouldLetAnOwnerRequestTheErasure() throws Exception {
        String prospect = heldDraft("workspace-r", "alan.owner@r.example");

        http.perform(erasure("alan.owner@r.example").header(HttpHeaders.AUTHORIZATION,
                        TOKENS.bearer(TestTokens.owner("workspace-r"))))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.prospectIds[0]").value(prospect));

        assertThat(recipientEmailOf(prospect)).isNull();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder erasure(String email) {
        return post("/api/outreach/erasure-requests").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\"}");
    }

    private String heldDraft(String workspaceId, String email) {
        String prospect = "prospect-" + UUID.randomUUID();
        mongo.insert(new Document("_id", prospect + ":1").append("prospectId", prospect).append("step", 1)
                .append("campaignId", "campaign-" + UUID.randomUUID()).append("workspaceId", workspaceId)
                .append("recipient", new Document("firstName", "Grace").append("email", email))
                .append("subject", "Hello").append("body", "Hi"), "drafts");
        return prospect;
    }

    private String recipientEmailOf(String prospect) {
        Document draft = mongo.findOne(Query.query(Criteria.where("prospectId").is(prospect)), Document.class, "drafts");
        if (draft == null || !(draft.get("recipient") instanceof Document recipient)) {
            return null;
        }
        return recipient.getString("email");
    }
}
