package io.opensdr.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.opensdr.kit.testing.FreePort;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With mail configured (as the local stack configures it, towards GreenMail), an owner's invitation
 * is emailed, the answer and the pending list say so, and the link in the email is the one that
 * previews and accepts it; when the mail server is down the invitation is still created, and the
 * answer says it was not emailed and why. No token reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvitationEmailTest extends AuthTestSupport {

    private static final int SMTP_PORT = FreePort.find();
    private static final Pattern LINK = Pattern.compile("http://spa\\.example:8080/invitations/accept#token=([^\\s\"<]+)");

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("opensdr.invitations.mail.enabled", () -> "true");
        properties.add("opensdr.invitations.mail.from", () -> "invitations@opensdr.local");
        properties.add("opensdr.invitations.mail.public-base-url", () -> "http://spa.example:8080");
    }

    private String workspaceOf(Browser browser) throws Exception {
        return read(browser.perform(get("/api/me"))).path("workspaceId").asText();
    }

    @Test
    void shouldEmailTheInvitationWithALinkThatPreviewsAndAcceptsIt(CapturedOutput output) throws Exception {
        String ownerEmail = newEmail();
        Browser owner = signedUp(ownerEmail);
        String workspace = workspaceOf(owner);
        String invitee = newEmail();

        JsonNode invitation = read(owner.perform(json(post("/api/workspaces/" + workspace + "/invitations"),
                        json.createObjectNode().put("email", invitee)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.emailed").value(true))
                .andExpect(jsonPath("$.notEmailedReason").doesNotExist()));

        MimeMessage[] received = greenMail.getReceivedMessagesForDomain("example.com");
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(invitee);
        assertThat(received[0].getSubject()).isEqualTo("Ada Lovelace (" + ownerEmail + ") invites you to Analytical Engines on OpenSDR");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("as a member");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
        assertThat(token).isEqualTo(invitation.path("token").asText());

        owner.perform(get("/api/workspaces/" + workspace + "/invitations"))
                .andExpect(jsonPath("$[0].email").value(invitee))
                .andExpect(jsonPath("$[0].emailed").value(true));
        browser().perform(json(post("/api/invitations/preview"), json.createObjectNode().put("token", token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(invitee));
        browser().perform(json(post("/api/invitations/accept"), json.createObjectNode().put("token", token)
                        .put("password", STRONG_PASSWORD).put("name", "Linus")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workspaceId").value(workspace));
        assertThat(output.getAll()).contains("Invitation " + invitation.path("id").asText() + " into workspace")
                .doesNotContain(token);
    }

    @Test
    void shouldCreateTheInvitationAndSayItWasNotEmailedWhenTheMailServerIsDown(CapturedOutput output) throws Exception {
        Browser owner = signedUp(newEmail());
        String workspace = workspaceOf(owner);
        greenMail.stop();

        JsonNode invitation = read(owner.perform(json(post("/api/workspaces/" + workspace + "/invitations"),
                        json.createObjectNode().put("email", newEmail())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.emailed").value(false))
                .andExpect(jsonPath("$.notEmailedReason").value("The mail server could not be reached.")));

        owner.perform(get("/api/workspaces/" + workspace + "/invitations"))
                .andExpect(jsonPath("$[0].id").value(invitation.path("id").asText()))
                .andExpect(jsonPath("$[0].emailed").value(false));
        assertThat(output.getAll()).doesNotContain(invitation.path("token").asText());
    }
}
