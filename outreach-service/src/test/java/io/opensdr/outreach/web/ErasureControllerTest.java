package io.opensdr.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.opensdr.kit.privacy.AddressHash;
import io.opensdr.kit.web.ProblemDetailsAdvice;
import io.opensdr.outreach.domain.ComplianceDoubles;
import io.opensdr.outreach.domain.Erasure;
import io.opensdr.outreach.domain.SuppressionReason;
import io.opensdr.kit.security.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class ErasureControllerTest {

    private final ComplianceDoubles.Records records = new ComplianceDoubles.Records()
            .hold("w1", "p1", "c1", "ada@example.com", "p1:1");
    private final ComplianceDoubles.Suppressions suppressions = new ComplianceDoubles.Suppressions();
    /** The caller's workspace comes from the access token (service-kit's resolver in the service). */
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ErasureController(new Erasure(records, suppressions)))
            .setCustomArgumentResolvers(new CallerOf(new Caller("u1", "w1", Caller.OWNER, "u1@w1.test")))
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    record CallerOf(Caller caller) implements HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType().equals(Caller.class);
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                      NativeWebRequest request, WebDataBinderFactory binders) {
            return caller;
        }
    }

    @Test
    void shouldEraseThePersonAndAnswerWithTheHashThatRemains() throws Exception {
        mvc.perform(post("/api/outreach/erasure-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"Ada@Example.com\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.workspaceId").value("w1"))
                .andExpect(jsonPath("$.addressHash").value(AddressHash.of("w1", "ada@example.com")))
                .andExpect(jsonPath("$.prospectIds[0]").value("p1"))
                .andExpect(jsonPath("$.status").value("ERASED"));

        assertThat(suppressions.reasonFor("w1", "ada@example.com")).isEqualTo(SuppressionReason.ERASED);
        assertThat(records.recipientOf("w1", "p1")).isEmpty();
    }

    @Test
    void shouldRefuseAnInvalidRequestFieldByFieldAndChangeNothing() throws Exception {
        mvc.perform(post("/api/outreach/erasure-requests").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"workspaceId\":\"w2\",\"email\":\"not-an-address\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'workspaceId')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists());

        assertThat(suppressions.byAddress).isEmpty();
        assertThat(records.erasures).isEmpty();
    }

    @Test
    void shouldRefuseABodyThatIsNotJson() throws Exception {
        mvc.perform(post("/api/outreach/erasure-requests").contentType(MediaType.APPLICATION_JSON).content("{\"email\":"))
                .andExpect(status().isBadRequest());

        assertThat(suppressions.byAddress).isEmpty();
    }
}
