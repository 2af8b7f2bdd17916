package io.opensdr.qualifier.web;

import static io.opensdr.qualifier.domain.CampaignRulesMother.fintechsInFrance;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.kit.testing.TestTokens;
import io.opensdr.kit.web.ProblemDetailsAdvice;
import io.opensdr.qualifier.domain.QualificationService;
import io.opensdr.qualifier.domain.QualificationService.ScoreDistribution;
import io.opensdr.qualifier.domain.ScoreHistogram;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ThresholdController.class)
@Import(ProblemDetailsAdvice.class)
class ThresholdControllerTest {

    static final TestTokens TOKENS = TestTokens.start();
    static final String MEMBER = TOKENS.bearer(TestTokens.member("ws-1"));

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TOKENS.register(registry);
    }

    @Autowired MockMvc http;
    @MockitoBean QualificationService qualification;

    @Test
    void shouldAnswerTheHistogramWithTheCampaignsSettings() throws Exception {
        long[] counts = new long[101];
        counts[88] = 3;
        counts[10] = 1;
        when(qualification.scoreDistribution("ws-1", "c1"))
                .thenReturn(Optional.of(new ScoreDistribution(fintechsInFrance("c1"), new ScoreHistogram(counts))));

        http.perform(get("/api/qualifier/campaigns/c1/score-histogram").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.threshold").value(60))
                .andExpect(jsonPath("$.reviewBand").value(5))
                .andExpect(jsonPath("$.hotScore").value(80))
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.counts", hasSize(101)))
                .andExpect(jsonPath("$.counts[88]").value(3));
    }

    @Test
    void shouldAnswerThePreviewOfAThreshold() throws Exception {
        when(qualification.preview("ws-1", "c1", 70, null)).thenReturn(Optional.of(new ScoreHistogram.DecisionCounts(70, 5, 3, 0, 1)));

        http.perform(get("/api/qualifier/campaigns/c1/threshold-preview").param("threshold", "70").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualified").value(3))
                .andExpect(jsonPath("$.review").value(0))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.total").value(4));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownCampaign() throws Exception {
        when(qualification.scoreDistribution(any(), any())).thenReturn(Optional.empty());
        when(qualification.preview(any(), any(), anyInt(), any())).thenReturn(Optional.empty());

        http.perform(get("/api/qualifier/campaigns/nobody/score-histogram").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/qualifier/campaigns/nobody/threshold-preview").param("threshold", "60").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldAnswerAProblemForAMissingOrMalformedThreshold() throws Exception {
        http.perform(get("/api/qualifier/campaigns/c1/threshold-preview").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("threshold")));
        http.perform(get("/api/qualifier/campaigns/c1/threshold-preview").param("threshold", "sixty").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/qualifier/campaigns/c1/threshold-preview").param("threshold", "99999999999").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest());
    }

    @Test
    void shouldAnswerAProblemNamingAThresholdOrReviewBandOutOfRange() throws Exception {
        http.perform(get("/api/qualifier/campaigns/c1/threshold-preview").param("threshold", "101").header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("threshold"))
                .andExpect(jsonPath("$.errors[0].message").value("must be less than or equal to 100"));
        http.perform(get("/api/qualifier/campaigns/c1/threshold-preview").param("threshold", "60").param("reviewBand", "-1")
                        .header(HttpHeaders.AUTHORIZATION, MEMBER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reviewBand"));
    }
}
