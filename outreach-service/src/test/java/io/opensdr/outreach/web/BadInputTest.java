package io.opensdr.outreach.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.opensdr.kit.testing.BadInput;
import io.opensdr.kit.testing.BadInputContract;
import io.opensdr.kit.testing.TestTokens;
import io.opensdr.outreach.domain.SignedTokens;
import io.opensdr.outreach.domain.UnsubscribeToken;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint's bad input is refused with an RFC 9457 problem (naming the field where one is at
 * fault), and changes nothing stored (every collection read back): the erasure request, the
 * ledger summary, and the public routes, which take providers' shapes (SendGrid's, Calendly's and
 * Cal.com's webhooks: unsigned, forged, malformed, oversized) and links (unsubscribe, tracking).
 * Each signature's every variant is its own unit test's (SendGridWebhookControllerTest,
 * CalendlySignatureTest, CalComSignatureTest); here each endpoint is refused on the whole service.
 * Values of the wrong JSON type are refused as such: in the erasure request by service-kit's
 * JsonInputConfiguration ({@code wrongType}), in the webhooks (read as JSON trees) by their readers'
 * own checks, which accept exactly the types the providers document.
 * The endpoints come from Spring MVC's mapping: a new endpoint fails
 * {@code shouldHaveBadInputCasesForEveryEndpoint} until it has cases below ({@link BadInputContract}).
 */
class BadInputTest extends OutreachWebTestSupport implements BadInputContract {

    /** The person of the caller's workspace: an erasure that got through would delete their draft. */
    static final String PERSON = "ada.erasure@c.example";
    static final String ERASE = "{\"email\":\"" + PERSON + "\"}";
    static final String SENDGRID_BATCH = "[{\"email\":\"" + PERSON + "\",\"event\":\"open\",\"sg_event_id\":\"sg-bad-input-1\","
            + "\"timestamp\":" + Instant.now().getEpochSecond() + "}]";
    static final String CALENDLY_EVENT = "{\"event\":\"invitee.created\",\"payload\":{\"email\":\"" + PERSON + "\"}}";
    static final String CAL_COM_EVENT = "{\"triggerEvent\":\"BOOKING_CREATED\",\"payload\":{\"attendees\":[]}}";
    /** Shaped as a token, signed with a secret that is not the service's. */
    static final String FORGED = new UnsubscribeToken("workspace-c", "p-1", "p-1:1")
            .sign(new SignedTokens("an-attackers-secret-of-32-bytes-or-more"));

    /** {campaignId} is a campaign of the caller's workspace, {unsubscribe.token} a valid unsubscribe token of its person. */
    static final BadInput CASES = new BadInput()
            .endpoint(HttpMethod.GET, "/api/outreach/campaigns/{campaignId}/ledger-summary")
            .unknownParameters(uri -> get(uri))
            .malformedPathVariable("campaignId", uri -> get(uri))

            .endpoint(HttpMethod.POST, "/api/outreach/erasure-requests")
            .refuse("an unknown field", t -> json(t, "{\"email\":\"" + PERSON + "\",\"everywhere\":true}"), "everywhere")
            .refuse("a workspace", t -> json(t, "{\"email\":\"" + PERSON + "\",\"workspaceId\":\"workspace-b\"}"), "workspaceId")
            .refuse("an operator object as the email", t -> json(t, "{\"email\":{\"$gt\":\"\"}}"), "email")
            .refuse("an operator as a field", t -> json(t, "{\"email\":\"" + PERSON + "\",\"$where\":\"1\"}"), "$where")
            .refuse("a list of emails", t -> json(t, "{\"email\":[\"" + PERSON + "\"]}"), "email")
            // Wrong JSON types: refused as such (service-kit's JsonInputConfiguration), not read as the text "42".
            .wrongType("a number as the email", t -> json(t, "{\"email\":42}"), "email")
            .wrongType("a fraction as the email", t -> json(t, "{\"email\":1.5}"), "email")
            .wrongType("a boolean as the email", t -> json(t, "{\"email\":true}"), "email")
            .wrongType("a number as the workspace", t -> json(t, "{\"email\":\"" + PERSON + "\",\"workspaceId\":7}"), "workspaceId")
            .refuse("no email", t -> json(t, "{}"), "email")
            .refuse("not an email", t -> json(t, "{\"email\":\"ada\"}"), "email")
            .refuse("an email over 320 characters", t -> json(t, "{\"email\":\"" + "a".repeat(320) + "@c.example\"}"), "email")
            .refuse("a body over the service's limit (1MB)", t -> json(t, "{\"email\":\"" + PERSON + "\",\"pad\":\""
                    + "x".repeat(1024 * 1024) + "\"}"), 413, null)
            .refuse("a list instead of an object", t -> json(t, "[" + ERASE + "]"), 400, null)
            .refuse("a body that is not JSON", t -> json(t, "{\"email\":"), 400, null)
            .refuse("no body", t -> post(t.uri()).contentType(MediaType.APPLICATION_JSON), 400, null)
            .refuse("text instead of JSON", t -> post(t.uri()).contentType(MediaType.TEXT_PLAIN).content(ERASE), 415, null)
            .refuse("a form instead of JSON", t -> post(t.uri()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("email", PERSON), "email")
            .unknownParameters(uri -> post(uri).contentType(MediaType.APPLICATION_JSON).content(ERASE))
            .refuse("the email as a parameter too", t -> json(t, ERASE).param("email", "someone@else.example"), "email")

            .endpoint(HttpMethod.POST, "/api/outreach/webhooks/sendgrid")
            .refuse("an unsigned batch", t -> post(t.uri()).contentType(MediaType.APPLICATION_JSON).content(SENDGRID_BATCH), 401, null)
            .refuse("a batch signed by another key", t -> sendGrid(t, SENDGRID_BATCH.getBytes(StandardCharsets.UTF_8),
                    SendGridWebhookControllerTest.keyPair()), 401, null)
            .refuse("a batch changed after signing", t -> sendGrid(t, SENDGRID_BATCH.getBytes(StandardCharsets.UTF_8), SENDGRID)
                    .content(SENDGRID_BATCH.replace("open", "click")), 401, null)
            .refuse("a signed body that is not JSON", t -> sendGrid(t, "[{".getBytes(StandardCharsets.UTF_8), SENDGRID), 400, null)
            .refuse("a signed object instead of a batch", t -> sendGrid(t, "{}".getBytes(StandardCharsets.UTF_8), SENDGRID), 400, null)
            .refuse("a signed event without its id", t -> sendGrid(t, SENDGRID_BATCH.replace("\"sg_event_id\":\"sg-bad-input-1\",", "")
                    .getBytes(StandardCharsets.UTF_8), SENDGRID), "[0].sg_event_id")
            .refuse("a signed event with an operator object as its id", t -> sendGrid(t, SENDGRID_BATCH
                    .replace("\"sg-bad-input-1\"", "{\"$gt\":\"\"}").getBytes(StandardCharsets.UTF_8), SENDGRID), "[0].sg_event_id")
            .refuse("a signed event with a text timestamp", t -> sendGrid(t, SENDGRID_BATCH.replaceAll("\"timestamp\":\\d+",
                    "\"timestamp\":\"yesterday\"").getBytes(StandardCharsets.UTF_8), SENDGRID), "[0].timestamp")
            .refuseWith("a signed event with a fractional timestamp", t -> sendGrid(t, SENDGRID_BATCH.replaceAll("\"timestamp\":(\\d+)",
                    "\"timestamp\":$1.5").getBytes(StandardCharsets.UTF_8), SENDGRID), "[0].timestamp", "must be unix seconds")
            .refuse("a signed event with its timestamp as text", t -> sendGrid(t, SENDGRID_BATCH.replaceAll("\"timestamp\":(\\d+)",
                    "\"timestamp\":\"$1\"").getBytes(StandardCharsets.UTF_8), SENDGRID), "[0].timestamp")
            .refuse("a batch over the webhook's limit (5MB)", t -> sendGrid(t, oversized(5 * 1024 * 1024 + 1), SENDGRID), 413, null)
            .refuse("an unknown parameter beside a signed batch", t -> sendGrid(t, SENDGRID_BATCH.getBytes(StandardCharsets.UTF_8),
                    SENDGRID).param("replay", "true"), "replay")

            .endpoint(HttpMethod.POST, "/api/outreach/webhooks/calendly")
            .refuse("an unsigned event", t -> post(t.uri()).contentType(MediaType.APPLICATION_JSON).content(CALENDLY_EVENT), 401, null)
            .refuse("an event signed with another key", t -> calendly(t, CALENDLY_EVENT, "a-guessed-key"), 401, null)
            .refuse("a signed body that is not JSON", t -> calendly(t, "{\"event\":", CALENDLY_KEY), 400, null)
            .refuse("a signed event without its payload", t -> calendly(t, "{\"event\":\"invitee.created\"}", CALENDLY_KEY), 400, null)
            .refuse("a signed event with an operator object as its name", t -> calendly(t,
                    "{\"event\":{\"$gt\":\"\"},\"payload\":{}}", CALENDLY_KEY), 400, null)
            .refuse("a signed event with a number as the invitee", t -> calendly(t,
                    "{\"event\":\"invitee.created\",\"payload\":{\"uri\":42,\"scheduled_event\":{}}}", CALENDLY_KEY), 400, null)
            .refuse("a signed cancellation with \"true\" as rescheduled", t -> calendly(t, "{\"event\":\"invitee.canceled\","
                    + "\"payload\":{\"uri\":\"https://api.calendly.com/scheduled_events/E-1/invitees/I-1\",\"scheduled_event\":{},"
                    + "\"rescheduled\":\"true\"}}", CALENDLY_KEY), 400, null)
            .refuse("an event over the webhook's limit (256KB)", t -> calendly(t, new String(oversized(256 * 1024 + 1),
                    StandardCharsets.UTF_8), CALENDLY_KEY), 413, null)
            .refuse("an unknown parameter beside a signed event", t -> calendly(t, CALENDLY_EVENT, CALENDLY_KEY)
                    .param("event", "invitee.canceled"), "event")

            .endpoint(HttpMethod.POST, "/api/outreach/webhooks/cal-com")
            .refuse("an unsigned booking", t -> post(t.uri()).contentType(MediaType.APPLICATION_JSON).content(CAL_COM_EVENT), 401, null)
            .refuse("a booking signed with another secret", t -> calCom(t, CAL_COM_EVENT, "a-guessed-secret"), 401, null)
            .refuse("a signed body that is not JSON", t -> calCom(t, "{\"triggerEvent\"", CAL_COM_SECRET), 400, null)
            .refuse("a signed list instead of an object", t -> calCom(t, "[" + CAL_COM_EVENT + "]", CAL_COM_SECRET), 400, null)
            .refuse("a signed booking without its uid", t -> calCom(t, CAL_COM_EVENT, CAL_COM_SECRET), 400, null)
            .refuse("a signed booking with an operator object as its uid", t -> calCom(t,
                    CAL_COM_EVENT.replace("\"attendees\":[]", "\"uid\":{\"$gt\":\"\"}"), CAL_COM_SECRET), 400, null)
            .refuse("a signed booking with a number as its uid", t -> calCom(t,
                    CAL_COM_EVENT.replace("\"attendees\":[]", "\"uid\":91"), CAL_COM_SECRET), 400, null)
            .refuse("a booking over the webhook's limit (256KB)", t -> calCom(t, new String(oversized(256 * 1024 + 1),
                    StandardCharsets.UTF_8), CAL_COM_SECRET), 413, null)
            .refuse("an unknown parameter beside a signed booking", t -> calCom(t, CAL_COM_EVENT, CAL_COM_SECRET)
                    .param("uid", "b-1"), "uid")

            .endpoint(HttpMethod.GET, "/api/outreach/unsubscribe/{token}")
            .refuse("a malformed token", t -> get(t.with("token", "not-a-token")), 400, null)
            .refuse("a token over its length", t -> get(t.with("token", "a".repeat(1501) + "." + "b".repeat(43))), 400, null)
            .refuse("a forged token", t -> get(t.with("token", FORGED)), 404, null)
            .refuse("an operator object as the token", t -> get(t.with("token", "{\"$gt\":\"\"}")), 400, null)

            .endpoint(HttpMethod.POST, "/api/outreach/unsubscribe/{token}")
            .refuse("a malformed token", t -> oneClick(post(t.with("token", "not-a-token"))), 400, null)
            .refuse("a forged token", t -> oneClick(post(t.with("token", FORGED))), 404, null)
            .refuse("a valid token without the one-click field", t -> post(t.uri())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED), 400, null)
            .refuse("a valid token with another value", t -> post(t.uri()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param(UnsubscribeController.FIELD, "Yes-Please"), 400, null)
            .refuse("a valid token with the field as JSON", t -> post(t.uri()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"List-Unsubscribe\":\"One-Click\"}"), 400, null)

            .endpoint(HttpMethod.GET, "/api/outreach/track/open/{token}")
            .harmless("a forged token answers the pixel and records nothing", t -> get(t.with("token", FORGED)), 200)
            .harmless("a malformed token answers the pixel and records nothing", t -> get(t.with("token", "{\"$gt\":\"\"}")), 200)

            .endpoint(HttpMethod.GET, "/api/outreach/track/click/{token}")
            .refuse("a forged token", t -> get(t.with("token", FORGED)), 404, null)
            .refuse("a malformed token", t -> get(t.with("token", "{\"$gt\":\"\"}")), 404, null)
            .refuse("a token over any length", t -> get(t.with("token", "a".repeat(5000))), 404, null);

    @Autowired SignedTokens tokens;

    @Override
    public BadInput badInputCases() {
        return CASES;
    }

    /** A campaign of workspace C with a draft for {@link #PERSON}; the person's valid unsubscribe token. */
    @Override
    public Map<String, String> idsOfTheCallersResources() {
        Map<String, String> ids = campaignWithADraft("workspace-c", PERSON);
        String prospectId = ids.get("prospectId");
        String unsubscribe = new UnsubscribeToken("workspace-c", prospectId, prospectId + ":1").sign(tokens);
        return Map.of("campaignId", ids.get("campaignId"), "unsubscribe.token", unsubscribe, "open.token", FORGED,
                "click.token", FORGED);
    }

    /** An owner: the erasure may need one, and the refusals must be about the input. */
    @Override
    public String caller() {
        return TOKENS.bearer(TestTokens.owner("workspace-c"));
    }

    private static MockHttpServletRequestBuilder json(BadInput.Target target, String body) {
        return post(target.uri()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder oneClick(MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED).param(UnsubscribeController.FIELD, UnsubscribeController.ONE_CLICK);
    }

    private static MockHttpServletRequestBuilder sendGrid(BadInput.Target target, byte[] body, KeyPair key) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        try {
            return post(target.uri()).contentType(MediaType.APPLICATION_JSON).content(body)
                    .header(SendGridWebhookController.SIGNATURE, SendGridWebhookControllerTest.sign(key, timestamp, body))
                    .header(SendGridWebhookController.TIMESTAMP, timestamp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockHttpServletRequestBuilder calendly(BadInput.Target target, String body, String key) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return post(target.uri()).contentType(MediaType.APPLICATION_JSON).content(raw)
                .header("Calendly-Webhook-Signature", calendlySignature(key, raw));
    }

    private static MockHttpServletRequestBuilder calCom(BadInput.Target target, String body, String secret) {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return post(target.uri()).contentType(MediaType.APPLICATION_JSON).content(raw)
                .header("X-Cal-Signature-256", calComSignature(secret, raw));
    }

    /** A JSON array of that many bytes. */
    private static byte[] oversized(int bytes) {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[bytes - 1] = ']';
        return body;
    }
}
