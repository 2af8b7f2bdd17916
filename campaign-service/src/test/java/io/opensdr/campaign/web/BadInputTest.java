package io.opensdr.campaign.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opensdr.campaign.domain.Draft;
import io.opensdr.campaign.domain.ProspectRecord;
import io.opensdr.campaign.domain.ProspectStatus;
import io.opensdr.campaign.domain.Prospects;
import io.opensdr.campaign.domain.Qualification;
import io.opensdr.campaign.domain.Recipient;
import io.opensdr.campaign.domain.ReviewQueue;
import io.opensdr.kit.security.PublicEndpoints;
import io.opensdr.kit.testing.BadInput;
import io.opensdr.kit.testing.BadInputContract;
import io.opensdr.kit.testing.StoredDocuments;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint's bad input is refused with an RFC 9457 problem of exactly its status (naming the
 * field where one is at fault), and changes nothing stored (every collection read back before and
 * after each case): the sign-in endpoints (sign-up, login, refresh, logout, accepting an
 * invitation, the public keys), the workspaces, the campaigns and their 5-step setup, the review
 * queues, the prospect list (filters, cursor), the dashboard, the tracker (dates) and its live stream.
 * The endpoints come from Spring MVC's mapping: a new endpoint fails
 * {@code shouldHaveBadInputCasesForEveryEndpoint} until it has cases below ({@link BadInputContract}).
 *
 * <p>How to cover a new endpoint: add {@code .endpoint(method, pattern)} with the path exactly as
 * mapped, then its cases: {@link #body} for the usual cases of a JSON body (an unknown field, an
 * operator as a field, not JSON, a list, no body, text, over 1 MB, unknown parameters) given a valid
 * body, {@code malformedPathVariable("id", ...)} for each path variable, {@code unknownParameters}
 * for a query, and {@code refuse(name, request, field)} for each field's own wrong types, operator
 * objects and out-of-range values. Path variables are filled from {@link #idsOfTheCallersResources}.
 */
class BadInputTest extends WebTestSupport implements BadInputContract {

    static final String OPERATOR = "{\"$gt\":\"\"}";
    static final String TOO_LONG_ID = "c".repeat(101);
    /** A valid body of each endpoint; the cases change one thing in it. */
    static final String SIGN_UP = "{\"email\":\"bad-input@example.com\",\"password\":\"violet-harbour-lantern-42\","
            + "\"name\":\"Ada Lovelace\",\"workspaceName\":\"Analytical Engines\"}";
    static final String LOGIN = "{\"email\":\"" + DEMO_EMAIL + "\",\"password\":\"" + DEMO_PASSWORD + "\"}";
    static final String SWITCH = "{\"workspaceId\":\"" + DEMO_WORKSPACE + "\"}";
    static final String INVITE = "{\"email\":\"bad-input-invitee@example.com\",\"role\":\"MEMBER\"}";
    static final String ACCEPT = "{\"token\":\"not-an-invitation\",\"password\":\"violet-harbour-lantern-42\",\"name\":\"Grace\"}";
    static final String PREVIEW = "{\"token\":\"not-an-invitation\"}";
    static final String ROLE = "{\"role\":\"MEMBER\"}";
    static final String CREATE = "{\"name\":\"Nordic fintech\",\"sector\":\"Fintech\"}";
    static final String NAME_AND_SECTOR = "{\"name\":\"Renamed\",\"sector\":\"Software\"}";
    static final String TARGET = "{\"titles\":[\"VP Sales\"],\"companySizes\":[\"51-200\"],\"countries\":[\"FR\"]}";
    static final String TEMPLATE = "{\"subject\":\"Hi {{firstName}}\",\"body\":\"Hello {{firstName}}, {{meetingLink}}\"}";
    static final String MEETING = "{\"days\":[\"MONDAY\"],\"startHour\":9,\"endHour\":17,\"timeZone\":\"Europe/Paris\","
            + "\"schedulerLink\":\"https://calendly.com/demo/30min\"}";
    static final String PROSPECTING = "{\"source\":\"DEMO\",\"dailyProspectQuota\":50}";
    static final String SENDING = "{\"window\":{\"days\":[\"MONDAY\"],\"startHour\":9,\"endHour\":17,\"dailyCap\":20}}";
    static final String QUALIFICATION = "{\"threshold\":70}";
    static final String BULK = "{\"action\":\"PAUSE\",\"ids\":[\"no-such-campaign\"]}";
    static final String BULK_APPROVE = "{\"ids\":[\"no-such-draft\"]}";
    static final String EDIT = "{\"subject\":\"Grace, a quicker way\",\"body\":\"Hi Grace,\\n\\nShall we talk?\"}";
    static final String REASON = "{\"reason\":\"Not our market\"}";

    static final BadInput CASES = new BadInput();

    static {
        // Signing in (public).
        body(CASES.endpoint(HttpMethod.POST, "/api/auth/signup"), HttpMethod.POST, SIGN_UP)
                .refuse("a workspace to join", t -> json(post(t.uri()), with(SIGN_UP, "\"workspaceId\":\"" + DEMO_WORKSPACE + "\"")),
                        "workspaceId")
                .refuse("a role", t -> json(post(t.uri()), with(SIGN_UP, "\"role\":\"OWNER\"")), "role")
                .refuse("an operator object as the email", t -> json(post(t.uri()), SIGN_UP.replace("\"bad-input@example.com\"", OPERATOR)),
                        "email")
                .refuse("a list as the password", t -> json(post(t.uri()), SIGN_UP.replace("\"violet-harbour-lantern-42\"",
                        "[\"violet-harbour-lantern-42\"]")), "password")
                .refuse("no email", t -> json(post(t.uri()), SIGN_UP.replace("\"email\":\"bad-input@example.com\",", "")), "email")
                .refuse("not an email", t -> json(post(t.uri()), SIGN_UP.replace("bad-input@example.com", "ada")), "email")
                .refuse("an email over 254 characters", t -> json(post(t.uri()), SIGN_UP.replace("bad-input@", "a".repeat(250) + "@")),
                        "email")
                .refuse("a weak password", t -> json(post(t.uri()), SIGN_UP.replace("violet-harbour-lantern-42", "password")), "password")
                .refuse("a password over 256 characters", t -> json(post(t.uri()), SIGN_UP.replace("violet-harbour-lantern-42",
                        "p".repeat(257))), "password")
                .refuse("a blank name", t -> json(post(t.uri()), SIGN_UP.replace("Ada Lovelace", " ")), "name")
                .refuse("a workspace name over 100 characters", t -> json(post(t.uri()), SIGN_UP.replace("Analytical Engines",
                        "w".repeat(101))), "workspaceName")
                .wrongType("a number as the name", t -> json(post(t.uri()), SIGN_UP.replace("\"Ada Lovelace\"", "42")), "name");

        body(CASES.endpoint(HttpMethod.POST, "/api/auth/login"), HttpMethod.POST, LOGIN)
                .refuse("an operator object as the email", t -> json(post(t.uri()), LOGIN.replace("\"" + DEMO_EMAIL + "\"", OPERATOR)),
                        "email")
                .refuse("an operator object as the password", t -> json(post(t.uri()),
                        LOGIN.replace("\"" + DEMO_PASSWORD + "\"", "{\"$ne\":null}")), "password")
                .refuse("no password", t -> json(post(t.uri()), "{\"email\":\"" + DEMO_EMAIL + "\"}"), "password")
                .refuse("a blank email", t -> json(post(t.uri()), LOGIN.replace(DEMO_EMAIL, "")), "email")
                .refuse("an email over 254 characters", t -> json(post(t.uri()), LOGIN.replace(DEMO_EMAIL, "a".repeat(255))), "email")
                .refuse("a password over 256 characters", t -> json(post(t.uri()), LOGIN.replace(DEMO_PASSWORD, "p".repeat(257))),
                        "password");

        CASES.endpoint(HttpMethod.POST, "/api/auth/refresh")
                .refuse("no refresh cookie", t -> post(t.uri()), 401, null)
                .refuse("a refresh cookie no one issued", t -> withRefreshCookie(post(t.uri()), "not-a-refresh-token"), 401, null)
                .refuse("an operator object as the refresh cookie", t -> withRefreshCookie(post(t.uri()), OPERATOR), 401, null)
                .refuse("a refresh cookie of 10,000 characters", t -> withRefreshCookie(post(t.uri()), "r".repeat(10_000)), 401, null)
                .unknownParameters(uri -> post(uri))
                .refuse("the refresh token as a parameter", t -> post(t.uri()).param("refreshToken", "x"), "refreshToken");

        CASES.endpoint(HttpMethod.POST, "/api/auth/logout")
                .harmless("no cookie: nothing to sign out", t -> post(t.uri()), 204)
                .harmless("a refresh cookie no one issued: nothing to sign out", t -> withRefreshCookie(post(t.uri()),
                        "not-a-refresh-token"), 204)
                .harmless("an operator object as the refresh cookie: nothing to sign out", t -> withRefreshCookie(post(t.uri()),
                        OPERATOR), 204)
                .refuse("a forged access token", t -> post(t.uri())
                        .header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"), 401, null)
                .unknownParameters(uri -> post(uri));

        body(CASES.endpoint(HttpMethod.POST, "/api/invitations/accept"), HttpMethod.POST, ACCEPT)
                .refuse("an operator object as the token", t -> json(post(t.uri()), ACCEPT.replace("\"not-an-invitation\"", OPERATOR)),
                        "token")
                .refuse("no token", t -> json(post(t.uri()), ACCEPT.replace("\"token\":\"not-an-invitation\",", "")), "token")
                .refuse("a token over 100 characters", t -> json(post(t.uri()), ACCEPT.replace("not-an-invitation", "t".repeat(101))),
                        "token")
                .refuse("no password", t -> json(post(t.uri()), ACCEPT.replace("\"password\":\"violet-harbour-lantern-42\",", "")),
                        "password")
                .refuse("a workspace to join", t -> json(post(t.uri()), with(ACCEPT, "\"workspaceId\":\"rival-workspace\"")),
                        "workspaceId")
                .refuse("a token no one issued", t -> json(post(t.uri()), ACCEPT), 400, null)
                .refuse("a valid invitation with a weak password", t -> json(post(t.uri()), ACCEPT
                        .replace("not-an-invitation", t.ids().get("invitation.token")).replace("violet-harbour-lantern-42", "password")),
                        "password")
                .refuse("a valid invitation for a new account without a name", t -> json(post(t.uri()), ACCEPT
                        .replace("not-an-invitation", t.ids().get("invitation.token")).replace(",\"name\":\"Grace\"", "")), "name");

        body(CASES.endpoint(HttpMethod.POST, "/api/invitations/preview"), HttpMethod.POST, PREVIEW)
                .refuse("an operator object as the token", t -> json(post(t.uri()), PREVIEW.replace("\"not-an-invitation\"", OPERATOR)),
                        "token")
                .refuse("no token", t -> json(post(t.uri()), "{}"), "token")
                .refuse("a blank token", t -> json(post(t.uri()), PREVIEW.replace("not-an-invitation", " ")), "token")
                .refuse("a token over 100 characters", t -> json(post(t.uri()), PREVIEW.replace("not-an-invitation", "t".repeat(101))),
                        "token")
                .refuse("a workspace in the body", t -> json(post(t.uri()), with(PREVIEW, "\"workspaceId\":\"rival-workspace\"")),
                        "workspaceId")
                .refuse("a token no one issued", t -> json(post(t.uri()), PREVIEW), 400, null);

        for (String open : List.of("/api/auth/jwks", "/api/auth/revocations", "/api/auth/csrf")) {
            CASES.endpoint(HttpMethod.GET, open).unknownParameters(uri -> get(uri));
        }

        body(CASES.endpoint(HttpMethod.POST, "/api/auth/switch-workspace"), HttpMethod.POST, SWITCH)
                .refuse("an operator object as the workspace", t -> json(post(t.uri()), "{\"workspaceId\":{\"$ne\":\"\"}}"), "workspaceId")
                .refuse("no workspace", t -> json(post(t.uri()), "{}"), "workspaceId")
                .refuse("a workspace id over 100 characters", t -> json(post(t.uri()), "{\"workspaceId\":\"" + TOO_LONG_ID + "\"}"),
                        "workspaceId")
                .refuse("a user to become", t -> json(post(t.uri()), with(SWITCH, "\"userId\":\"rival-user\"")), "userId");

        // Workspaces.
        CASES.endpoint(HttpMethod.GET, "/api/me").unknownParameters(uri -> get(uri));
        CASES.endpoint(HttpMethod.GET, "/api/workspaces").unknownParameters(uri -> get(uri));
        CASES.endpoint(HttpMethod.GET, "/api/workspaces/{id}/members")
                .unknownParameters(uri -> get(uri))
                .malformedPathVariable("id", uri -> get(uri));
        body(CASES.endpoint(HttpMethod.POST, "/api/workspaces/{id}/invitations"), HttpMethod.POST, INVITE)
                .malformedPathVariable("id", uri -> json(post(uri), INVITE))
                .refuse("an operator object as the email", t -> json(post(t.uri()), INVITE.replace("\"bad-input-invitee@example.com\"",
                        OPERATOR)), "email")
                .refuse("not an email", t -> json(post(t.uri()), INVITE.replace("bad-input-invitee@example.com", "grace")), "email")
                .refuse("no email", t -> json(post(t.uri()), "{\"role\":\"MEMBER\"}"), "email")
                .refuse("an unknown role", t -> json(post(t.uri()), INVITE.replace("MEMBER", "ADMIN")), "role")
                .refuse("an operator object as the role", t -> json(post(t.uri()), INVITE.replace("\"MEMBER\"", OPERATOR)), "role")
                .refuse("a workspace in the body", t -> json(post(t.uri()), with(INVITE, "\"workspaceId\":\"rival-workspace\"")),
                        "workspaceId");

        CASES.endpoint(HttpMethod.GET, "/api/workspaces/{id}/invitations")
                .unknownParameters(uri -> get(uri))
                .malformedPathVariable("id", uri -> get(uri));
        CASES.endpoint(HttpMethod.DELETE, "/api/workspaces/{id}/invitations/{invitationId}")
                .unknownParameters(uri -> delete(uri))
                .malformedPathVariable("id", uri -> delete(uri))
                .malformedPathVariable("invitationId", uri -> delete(uri));
        body(CASES.endpoint(HttpMethod.PUT, "/api/workspaces/{id}/members/{userId}/role"), HttpMethod.PUT, ROLE)
                .malformedPathVariable("id", uri -> json(put(uri), ROLE))
                .malformedPathVariable("userId", uri -> json(put(uri), ROLE))
                .refuse("no role", t -> json(put(t.uri()), "{}"), "role")
                .refuse("an unknown role", t -> json(put(t.uri()), ROLE.replace("MEMBER", "ADMIN")), "role")
                .refuse("an operator object as the role", t -> json(put(t.uri()), ROLE.replace("\"MEMBER\"", OPERATOR)), "role")
                .refuse("a list as the role", t -> json(put(t.uri()), ROLE.replace("\"MEMBER\"", "[\"OWNER\"]")), "role")
                .wrongType("the role's ordinal (0 would be OWNER)", t -> json(put(t.uri()), ROLE.replace("\"MEMBER\"", "0")), "role")
                .wrongType("the role's ordinal as text", t -> json(put(t.uri()), ROLE.replace("\"MEMBER\"", "\"0\"")), "role")
                .refuse("a user in the body", t -> json(put(t.uri()), with(ROLE, "\"userId\":\"rival-user\"")), "userId");
        CASES.endpoint(HttpMethod.DELETE, "/api/workspaces/{id}/members/{userId}")
                .unknownParameters(uri -> delete(uri))
                .malformedPathVariable("id", uri -> delete(uri))
                .malformedPathVariable("userId", uri -> delete(uri));

        // Campaigns.
        CASES.endpoint(HttpMethod.GET, "/api/campaigns").unknownParameters(uri -> get(uri))
                .refuse("a status filter it does not take", t -> get(t.uri()).param("status", "ACTIVE"), "status");
        body(CASES.endpoint(HttpMethod.POST, "/api/campaigns"), HttpMethod.POST, CREATE)
                .refuse("a workspace", t -> json(post(t.uri()), with(CREATE, "\"workspaceId\":\"rival-workspace\"")), "workspaceId")
                .refuse("a status", t -> json(post(t.uri()), with(CREATE, "\"status\":\"ACTIVE\"")), "status")
                .refuse("an operator object as the name", t -> json(post(t.uri()), "{\"name\":" + OPERATOR + ",\"sector\":\"x\"}"), "name")
                .refuse("no name", t -> json(post(t.uri()), "{\"sector\":\"Fintech\"}"), "name")
                .refuse("a name over 120 characters", t -> json(post(t.uri()), CREATE.replace("Nordic fintech", "n".repeat(121))), "name")
                .refuse("an unknown source", t -> json(post(t.uri()), with(CREATE, "\"source\":\"LINKEDIN\"")), "source")
                .refuse("a threshold over 100", t -> json(post(t.uri()), with(CREATE, "\"threshold\":101")), "threshold")
                .refuse("a text threshold", t -> json(post(t.uri()), with(CREATE, "\"threshold\":\"high\"")), "threshold")
                .wrongType("a number as text for the threshold", t -> json(post(t.uri()), with(CREATE, "\"threshold\":\"70\"")),
                        "threshold")
                .wrongType("an empty threshold", t -> json(post(t.uri()), with(CREATE, "\"threshold\":\"\"")), "threshold")
                .wrongType("1 as the template's approval", t -> json(post(t.uri()), with(CREATE, "\"emailTemplate\":"
                        + with(TEMPLATE, "\"approved\":1"))), "emailTemplate.approved")
                .wrongType("\"true\" as the template's approval", t -> json(post(t.uri()), with(CREATE, "\"emailTemplate\":"
                        + with(TEMPLATE, "\"approved\":\"true\""))), "emailTemplate.approved")
                .refuse("a daily quota of 0", t -> json(post(t.uri()), with(CREATE, "\"dailyProspectQuota\":0")), "dailyProspectQuota")
                .refuse("an unknown field in a step", t -> json(post(t.uri()), with(CREATE, "\"meeting\":" + with(MEETING,
                        "\"$where\":\"1\""))), "meeting.$where")
                .refuse("a wrong type in a step", t -> json(post(t.uri()), with(CREATE, "\"targetProfile\":{\"titles\":\"VP Sales\"}")),
                        "targetProfile.titles")
                .refuse("the threshold twice, different", t -> json(post(t.uri()), with(CREATE,
                        "\"threshold\":60,\"qualification\":{\"threshold\":70}")), 400, null);
        CASES.endpoint(HttpMethod.GET, "/api/campaigns/{id}")
                .unknownParameters(uri -> get(uri))
                .malformedPathVariable("id", uri -> get(uri));
        CASES.endpoint(HttpMethod.GET, "/api/campaigns/{id}/metrics")
                .unknownParameters(uri -> get(uri))
                .malformedPathVariable("id", uri -> get(uri));
        CASES.endpoint(HttpMethod.GET, "/api/campaigns/{id}/setup")
                .unknownParameters(uri -> get(uri))
                .malformedPathVariable("id", uri -> get(uri));
        CASES.endpoint(HttpMethod.GET, "/api/campaigns/{id}/email-template/preview")
                .unknownParameters(uri -> get(uri))
                .refuse("a sample prospect it does not take", t -> get(t.uri()).param("prospectId", "p-1"), "prospectId")
                .malformedPathVariable("id", uri -> get(uri));
        for (String action : List.of("launch", "pause", "resume", "stop", "complete", "email-template/approve")) {
            CASES.endpoint(HttpMethod.POST, "/api/campaigns/{id}/" + action)
                    .unknownParameters(uri -> post(uri))
                    .refuse("a status as a parameter", t -> post(t.uri()).param("status", "ACTIVE"), "status")
                    .malformedPathVariable("id", uri -> post(uri));
        }
        body(CASES.endpoint(HttpMethod.PUT, "/api/campaigns/{id}/name-and-sector"), HttpMethod.PUT, NAME_AND_SECTOR)
                .malformedPathVariable("id", uri -> json(put(uri), NAME_AND_SECTOR))
                .refuse("an operator object as the sector", t -> json(put(t.uri()), "{\"name\":\"n\",\"sector\":{\"$ne\":null}}"), "sector")
                .refuse("no sector", t -> json(put(t.uri()), "{\"name\":\"n\"}"), "sector")
                .refuse("a blank name", t -> json(put(t.uri()), NAME_AND_SECTOR.replace("Renamed", "  ")), "name")
                .wrongType("true as the name", t -> json(put(t.uri()), NAME_AND_SECTOR.replace("\"Renamed\"", "true")), "name")
                .refuse("a sector over 120 characters", t -> json(put(t.uri()), NAME_AND_SECTOR.replace("Software", "s".repeat(121))),
                        "sector");
        body(CASES.endpoint(HttpMethod.PUT, "/api/campaigns/{id}/target-profile"), HttpMethod.PUT, TARGET)
                .malformedPathVariable("id", uri -> json(put(uri), TARGET))
                .refuse("an operator object as a title", t -> json(put(t.uri()), "{\"titles\":[" + OPERATOR + "]}"), "titles[0]")
                .refuse("a title as a string, not a list", t -> json(put(t.uri()), "{\"titles\":\"VP Sales\"}"), "titles")
                .refuse("51 titles", t -> json(put(t.uri()), "{\"titles\":" + strings(51) + "}"), "titles")
                .refuse("a blank title", t -> json(put(t.uri()), "{\"titles\":[\" \"]}"), "titles[0]")
                .refuse("a company size that is not a range", t -> json(put(t.uri()), "{\"companySizes\":[\"big\"]}"), "companySizes[0]")
                .refuse("a country that is not a code", t -> json(put(t.uri()), "{\"countries\":[\"France\"]}"), "countries[0]");
        body(CASES.endpoint(HttpMethod.PUT, "/api/campaigns/{id}/email-template"), HttpMethod.PUT, TEMPLATE)
                .malformedPathVariable("id", uri -> json(put(uri), TEMPLATE))
                .refuse("the approval in the body", t -> json(put(t.uri()), with(TEMPLATE, "\"approved\":true")), "approved")
                .refuse("no subject", t -> json(put(t.uri()), "{\"body\":\"Hello\"}"), "subject")
                .refuse("a body over 10,000 characters", t -> json(put(t.uri()), TEMPLATE.replace("Hello", "b".repeat(10_001))), "body")
                .refuse("an unknown merge field", t -> json(put(t.uri()), TEMPLATE.replace("{{firstName}},", "{{salary}},")), "body")
                .refuse("an operator object as the subject", t -> json(put(t.uri()), "{\"subject\":" + OPERATOR
                        + ",\"body\":\"Hello\"}"), "subject");
        body(CASES.endpoint(HttpMethod.PUT, "/api/campaigns/{id}/meeting"), HttpMethod.PUT, MEETING)
                .malformedPathVariable("id", uri -> json(put(uri), MEETING))
                .refuse("a text hour", t -> json(put(t.uri()), MEETING.replace("\"startHour\":9", "\"startHour\":\"nine\"")), "startHour")
                .refuse("an hour over 24", t -> json(put(t.uri()), MEETING.replace("\"endHour\":17", "\"endHour\":25")), "endHour")
                .refuse("no start hour", t -> json(put(t.uri()), MEETING.replace("\"startHour\":9,", "")), "startHour")
                .refuse("an unknown day", t -> json(put(t.uri()), MEETING.replace("MONDAY", "FUNDAY")), "days[0]")
                .refuse("an unknown time zone", t -> json(put(t.uri()), MEETING.replace("Europe/Paris", "Mars/Olympus")), "timeZone")
                .refuse("a scheduler link that is not https", t -> json(put(t.uri()), MEETING.replace("https://", "javascript://")),
                        "schedulerLink")
                .refuse("an operator object as the time zone", t -> json(put(t.uri()), MEETING.replace("\"Europe/Paris\"", OPERATOR)),
                        "timeZone");
        body(CASES.endpoint(HttpMethod.PUT, "/api/campaigns/{id}/prospecting"), HttpMethod.PUT, PROSPECTING)
                .malformedPathVariable("id", uri -> json(put(uri), PROSPECTING))
                .refuse("an unknown source", t -> json(put(t.uri()), PROSPECTING.replace("DEMO", "LINKEDIN")), "source")
                .refuse("a lower-case source", t -> json(put(t.uri()), PROSPECTING.replace("DEMO", "demo")), "source")
                .refuse("an operator object as the source", t -> json(put(t.uri()), PROSPECTING.replace("\"DEMO\"", OPERATOR)), "source")
                .refuse("a quota over 1000", t -> json(put(t.uri()), PROSPECTING.replace("50", "1001")), "dailyProspectQuota")
                .refuse("a negative quota", t -> json(put(t.uri()), PROSPECTING.replace("50", "-1")), "dailyProspectQuota")
                .wrongType("a fractional quota", t -> json(put(t.uri()), PROSPECTING.replace("50", "1.5")), "dailyProspectQuota")
                .wrongType("the quota as text", t -> json(put(t.uri()), PROSPECTING.replace("50", "\"50\"")), "dailyProspectQuota")
                .refuse("no quota", t -> json(put(t.uri()), "{\"source\":\"DEMO\"}"), "dailyProspectQuota");
        body(CASES.endpoint(HttpMethod.PUT, "/api/campaigns/{id}/sending"), HttpMethod.PUT, SENDING)
                .malformedPathVariable("id", uri -> json(put(uri), SENDING))
                .refuse("an operator object as the cap", t -> json(put(t.uri()), SENDING.replace("\"dailyCap\":20", "\"dailyCap\":{\"$gt\":0}")),
                        "window.dailyCap")
                .refuse("no window", t -> json(put(t.uri()), "{}"), "window")
                .refuse("no days", t -> json(put(t.uri()), SENDING.replace("\"MONDAY\"", "")), "window.days")
                .refuse("an end before the start", t -> json(put(t.uri()), SENDING.replace("\"endHour\":17", "\"endHour\":8")), 400, null)
                .refuse("a cap of 0", t -> json(put(t.uri()), SENDING.replace("\"dailyCap\":20", "\"dailyCap\":0")), "window.dailyCap")
                .refuse("a sender without an email", t -> json(put(t.uri()), with(SENDING,
                        "\"sender\":{\"fromName\":\"Ada\",\"dailyCap\":10}")), "sender.fromEmail")
                .refuse("a sender name with a line break", t -> json(put(t.uri()), with(SENDING,
                        "\"sender\":{\"fromEmail\":\"ada@acme.example\",\"fromName\":\"Ada\\r\\nBcc: x@y.z\",\"dailyCap\":10}")),
                        "sender.fromName");
        body(CASES.endpoint(HttpMethod.PUT, "/api/campaigns/{id}/qualification"), HttpMethod.PUT, QUALIFICATION)
                .malformedPathVariable("id", uri -> json(put(uri), QUALIFICATION))
                .refuse("an operator object as the threshold", t -> json(put(t.uri()), "{\"threshold\":{\"$gt\":0}}"), "threshold")
                .refuse("a threshold over 100", t -> json(put(t.uri()), "{\"threshold\":101}"), "threshold")
                .refuse("a review band over 50", t -> json(put(t.uri()), "{\"reviewBand\":51}"), "reviewBand")
                .refuse("a negative weight", t -> json(put(t.uri()), "{\"weights\":{\"budget\":-1}}"), "weights.budget")
                .refuse("an unknown weight", t -> json(put(t.uri()), "{\"weights\":{\"luck\":10}}"), "weights.luck")
                .refuse("weights summing to 0", t -> json(put(t.uri()), "{\"weights\":{\"budget\":0,\"authority\":0,\"need\":0,"
                        + "\"timeline\":0}}"), 400, null);
        body(CASES.endpoint(HttpMethod.POST, "/api/campaigns/bulk"), HttpMethod.POST, BULK)
                .refuse("an unknown action", t -> json(post(t.uri()), BULK.replace("PAUSE", "DELETE")), "action")
                .refuse("an operator object as an id", t -> json(post(t.uri()), "{\"action\":\"STOP\",\"ids\":[" + OPERATOR + "]}"), "ids[0]")
                .refuse("no ids", t -> json(post(t.uri()), "{\"action\":\"STOP\",\"ids\":[]}"), "ids")
                .refuse("101 ids", t -> json(post(t.uri()), "{\"action\":\"STOP\",\"ids\":" + strings(101) + "}"), "ids")
                .refuse("an id over 100 characters", t -> json(post(t.uri()), "{\"action\":\"STOP\",\"ids\":[\"" + TOO_LONG_ID + "\"]}"),
                        "ids[0]");

        // The review queues.
        CASES.endpoint(HttpMethod.GET, "/api/drafts")
                .unknownParameters(uri -> get(uri))
                .refuse("an unknown status", t -> get(t.uri()).param("status", "SENT_TWICE"), "status")
                .refuse("an operator object as the status", t -> get(t.uri()).param("status", "{\"$ne\":\"PENDING\"}"), "status")
                .refuse("the status twice", t -> get(t.uri()).param("status", "PENDING", "APPROVED"), "status")
                .refuse("a blank campaign", t -> get(t.uri()).param("campaignId", ""), "campaignId")
                .refuse("a campaign id over 100 characters", t -> get(t.uri()).param("campaignId", TOO_LONG_ID), "campaignId");
        body(CASES.endpoint(HttpMethod.POST, "/api/drafts/bulk-approve"), HttpMethod.POST, BULK_APPROVE)
                .refuse("an operator object as an id", t -> json(post(t.uri()), "{\"ids\":[" + OPERATOR + "]}"), "ids[0]")
                .refuse("who approves", t -> json(post(t.uri()), with(BULK_APPROVE, "\"approvedBy\":\"someone-else\"")), "approvedBy")
                .refuse("no ids", t -> json(post(t.uri()), "{\"ids\":[]}"), "ids")
                .wrongType("a number as an id", t -> json(post(t.uri()), "{\"ids\":[42]}"), "ids[0]")
                .refuse("101 ids", t -> json(post(t.uri()), "{\"ids\":" + strings(101) + "}"), "ids");
        optionalBody(CASES.endpoint(HttpMethod.POST, "/api/drafts/{id}/approve"), EDIT)
                .malformedPathVariable("id", uri -> post(uri))
                .refuse("an edit with an unknown field", t -> json(post(t.uri()), with(EDIT, "\"to\":\"someone@else.example\"")), "to")
                .refuse("an edit without a body", t -> json(post(t.uri()), "{\"subject\":\"Hi\"}"), "body")
                .refuse("an edit with a subject over 200 characters", t -> json(post(t.uri()), EDIT.replace("Grace, a quicker way",
                        "s".repeat(201))), "subject")
                .refuse("an edit with a body over 10,000 characters", t -> json(post(t.uri()), EDIT.replace("Shall we talk?",
                        "b".repeat(10_001))), "body")
                .refuse("an operator object as the subject", t -> json(post(t.uri()), "{\"subject\":" + OPERATOR
                        + ",\"body\":\"Hi\"}"), "subject");
        optionalBody(CASES.endpoint(HttpMethod.POST, "/api/drafts/{id}/reject"), REASON)
                .malformedPathVariable("id", uri -> post(uri))
                .refuse("a reason over 1000 characters", t -> json(post(t.uri()), REASON.replace("Not our market", "r".repeat(1001))),
                        "reason")
                .refuse("an operator object as the reason", t -> json(post(t.uri()), "{\"reason\":" + OPERATOR + "}"), "reason")
                .refuse("who rejects", t -> json(post(t.uri()), with(REASON, "\"rejectedBy\":\"someone-else\"")), "rejectedBy");
        for (String decision : List.of("qualify", "reject")) {
            optionalBody(CASES.endpoint(HttpMethod.POST, "/api/review/prospects/{id}/" + decision), REASON)
                    .malformedPathVariable("id", uri -> post(uri))
                    .refuse("a reason over 1000 characters", t -> json(post(t.uri()), REASON.replace("Not our market",
                            "r".repeat(1001))), "reason")
                    .refuse("an operator object as the reason", t -> json(post(t.uri()), "{\"reason\":" + OPERATOR + "}"), "reason")
                    .refuse("a score", t -> json(post(t.uri()), with(REASON, "\"score\":100")), "score");
        }
        CASES.endpoint(HttpMethod.GET, "/api/review/prospects")
                .unknownParameters(uri -> get(uri))
                .refuse("a status (the queue is the REVIEW band)", t -> get(t.uri()).param("status", "QUALIFIED"), "status")
                .refuse("a cursor this API did not give", t -> get(t.uri()).param("after", "bm90LWEtY3Vyc29y"), "after")
                .refuse("an operator object as the cursor", t -> get(t.uri()).param("after", OPERATOR), "after")
                .refuse("a limit over 200", t -> get(t.uri()).param("limit", "201"), "limit")
                .refuse("a text limit", t -> get(t.uri()).param("limit", "ten"), "limit")
                .refuse("the campaign twice", t -> get(t.uri()).param("campaignId", "a", "b"), "campaignId")
                .refuse("a campaign id over 100 characters", t -> get(t.uri()).param("campaignId", TOO_LONG_ID), "campaignId");

        // The prospect list.
        CASES.endpoint(HttpMethod.GET, "/api/prospects")
                .unknownParameters(uri -> get(uri))
                .refuse("an operator in the status's name", t -> get(t.uri()).param("status[$ne]", "REJECTED"), "status[$ne]")
                .refuse("an unknown status", t -> get(t.uri()).param("status", "BOGUS"), "status")
                .refuse("an operator object as the status", t -> get(t.uri()).param("status", "{\"$ne\":\"REJECTED\"}"), "status")
                .refuse("an unknown source", t -> get(t.uri()).param("source", "LINKEDIN"), "source")
                .refuse("a negative minimum score", t -> get(t.uri()).param("minScore", "-1"), "minScore")
                .refuse("a maximum score over 100", t -> get(t.uri()).param("maxScore", "101"), "maxScore")
                .refuse("a maximum below the minimum", t -> get(t.uri()).param("minScore", "80").param("maxScore", "20"), "maxScore")
                .refuse("an operator object as a score", t -> get(t.uri()).param("minScore", "{\"$gt\":0}"), "minScore")
                .refuse("hot as neither true nor false", t -> get(t.uri()).param("hot", "maybe"), "hot")
                .refuse("a cursor this API did not give", t -> get(t.uri()).param("after", "bm90LWEtY3Vyc29y"), "after")
                .refuse("an operator object as the cursor", t -> get(t.uri()).param("after", OPERATOR), "after")
                .refuse("a cursor of 10,000 characters", t -> get(t.uri()).param("after", "a".repeat(10_000)), "after")
                .refuse("a limit of 0", t -> get(t.uri()).param("limit", "0"), "limit")
                .refuse("a limit over 200", t -> get(t.uri()).param("limit", "201"), "limit")
                .refuse("the campaign twice", t -> get(t.uri()).param("campaignId", "a", "b"), "campaignId")
                .refuse("a campaign id over 100 characters", t -> get(t.uri()).param("campaignId", TOO_LONG_ID), "campaignId");
        CASES.endpoint(HttpMethod.GET, "/api/prospects/{id}")
                .unknownParameters(uri -> get(uri))
                .malformedPathVariable("id", uri -> get(uri));

        // The dashboard, the tracker and the live stream.
        CASES.endpoint(HttpMethod.GET, "/api/dashboard").unknownParameters(uri -> get(uri));
        CASES.endpoint(HttpMethod.GET, "/api/dashboard/campaigns/{id}")
                .unknownParameters(uri -> get(uri))
                .malformedPathVariable("id", uri -> get(uri));
        CASES.endpoint(HttpMethod.GET, "/api/dashboard/campaigns/{id}/tracker")
                .unknownParameters(uri -> get(uri))
                .malformedPathVariable("id", uri -> get(uri))
                .refuse("a date that is not a date", t -> get(t.uri()).param("from", "yesterday"), "from")
                .refuse("a day that does not exist", t -> get(t.uri()).param("to", "2026-02-30"), "to")
                .refuse("a date with a time", t -> get(t.uri()).param("from", "2026-03-01T00:00:00Z"), "from")
                .refuse("an operator object as a date", t -> get(t.uri()).param("to", OPERATOR), "to")
                .refuse("a date before 2000", t -> get(t.uri()).param("from", "1999-12-31"), "from")
                .refuse("from after to", t -> get(t.uri()).param("from", "2026-03-02").param("to", "2026-03-01"), "from")
                .refuse("a range over 366 days", t -> get(t.uri()).param("from", "2024-01-01").param("to", "2026-01-01"), "to")
                .refuse("from twice", t -> get(t.uri()).param("from", "2026-03-01", "2026-03-02"), "from");
        CASES.endpoint(HttpMethod.GET, "/api/dashboard/stream")
                .unknownParameters(uri -> get(uri))
                .refuse("another workspace as a parameter", t -> get(t.uri()).param("workspaceId", "rival-workspace"), "workspaceId");
    }

    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;
    @Autowired PublicEndpoints publicEndpoints;
    @Autowired ReviewQueue reviewQueue;
    @Autowired Prospects prospects;

    /** The demo user's access token, signed in once per test class. */
    private static volatile String bearer;

    @Override
    public BadInput badInputCases() {
        return CASES;
    }

    @Override
    public MockMvc mockMvc() {
        return mvc;
    }

    @Override
    public RequestMappingHandlerMapping handlerMapping() {
        return mapping;
    }

    @Override
    public PublicEndpoints publicEndpoints() {
        return publicEndpoints;
    }

    /**
     * The demo workspace's resources, so a refusal is about the input and not an unknown resource: a
     * launched campaign, a pending draft of it, a prospect left to review, an open
     * invitation (its token, for the accept cases that get past the token), another open invitation
     * (its id) and a member who joined by invitation.
     */
    @Override
    public Map<String, String> idsOfTheCallersResources() throws Exception {
        ObjectNode campaign = CampaignRequestMother.aCampaignRequest();
        CampaignRequestMother.template(campaign).put("approved", true);
        String campaignId = read(mvc.perform(post("/api/campaigns").header("Authorization", caller())
                        .contentType(MediaType.APPLICATION_JSON).content(campaign.toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asText();
        // ACTIVE, so an approval that got through would approve (and a bad input would show).
        mvc.perform(post("/api/campaigns/" + campaignId + "/launch").header("Authorization", caller()))
                .andExpect(status().isOk());
        String draftId = "draft-" + UUID.randomUUID();
        reviewQueue.receive(Draft.proposed(draftId, DEMO_WORKSPACE, campaignId, "prospect-" + UUID.randomUUID(), 1,
                new Recipient("Grace", "Hopper", "grace@acme.example", "VP Sales", "Acme", "acme.example", "Software",
                        "Europe/Paris"),
                "Grace, a quicker way to fill Acme's pipeline", "Hi Grace,\n\nShall we talk?", 78, Instant.now()));
        String prospectId = "prospect-" + UUID.randomUUID();
        prospects.qualified(new ProspectRecord(prospectId, DEMO_WORKSPACE, campaignId, null,
                new ProspectRecord.Person("Ada", "Lovelace", "ada@acme.example", "CTO", "Acme", "acme.example", "Software", null),
                ProspectStatus.REVIEW, new ProspectRecord.Bant(57, new ProspectRecord.Criterion(50, "b"),
                        new ProspectRecord.Criterion(60, "a"), new ProspectRecord.Criterion(55, "n"),
                        new ProspectRecord.Criterion(60, "t"), 60, Qualification.REVIEW, false, true, Instant.now()),
                List.of(), null, Instant.now()));
        String invitationToken = read(mvc.perform(post("/api/workspaces/" + DEMO_WORKSPACE + "/invitations")
                        .header("Authorization", caller()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"invitee-" + UUID.randomUUID() + "@example.com\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("token").asText();
        String invitationId = read(mvc.perform(post("/api/workspaces/" + DEMO_WORKSPACE + "/invitations")
                        .header("Authorization", caller()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"pending-" + UUID.randomUUID() + "@example.com\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asText();
        String memberEmail = "member-" + UUID.randomUUID() + "@example.com";
        String memberToken = read(mvc.perform(post("/api/workspaces/" + DEMO_WORKSPACE + "/invitations")
                        .header("Authorization", caller()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + memberEmail + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("token").asText();
        mvc.perform(post("/api/invitations/accept").contentType(MediaType.APPLICATION_JSON)
                        .content(ACCEPT.replace("not-an-invitation", memberToken)))
                .andExpect(status().isOk());
        return Map.of("campaigns.id", campaignId, "drafts.id", draftId, "prospects.id", prospectId,
                "workspaces.id", DEMO_WORKSPACE, "invitation.token", invitationToken,
                "invitations.invitationId", invitationId, "members.userId", accounts.findByEmail(memberEmail).orElseThrow().id());
    }

    /** The demo user (an owner of the demo workspace), with the access token the service issues at login. */
    @Override
    public String caller() {
        if (bearer == null) {
            try {
                var response = mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON).content(LOGIN))
                        .andExpect(status().isOk()).andReturn().getResponse();
                bearer = "Bearer " + response.getCookie("__Host-opensdr-access").getValue();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return bearer;
    }

    @Override
    public Object storedState() {
        return StoredDocuments.of(mongo);
    }

    /**
     * The usual cases of a required JSON body, given a valid one: an unknown field, an operator as a
     * field, a list instead of an object, not JSON, no body, text instead of JSON, over the service's
     * 1 MB, and unknown parameters beside a valid body.
     */
    private static BadInput body(BadInput cases, HttpMethod method, String valid) {
        Function<URI, MockHttpServletRequestBuilder> request = uri -> BadInput.request(method, uri);
        return commonBody(cases, request, valid)
                .refuse("no body", t -> request.apply(URI.create(t.uri())).contentType(MediaType.APPLICATION_JSON), 400, null);
    }

    /** As {@link #body}, for an endpoint whose body may be left out (POST without one is its plain action). */
    private static BadInput optionalBody(BadInput cases, String valid) {
        return commonBody(cases, uri -> post(uri), valid);
    }

    private static BadInput commonBody(BadInput cases, Function<URI, MockHttpServletRequestBuilder> request, String valid) {
        Function<BadInput.Target, MockHttpServletRequestBuilder> at = t -> request.apply(URI.create(t.uri()));
        return cases
                .refuse("an unknown field", t -> json(at.apply(t), with(valid, "\"unexpected\":true")), "unexpected")
                .refuse("an operator as a field", t -> json(at.apply(t), with(valid, "\"$where\":\"sleep(1000)\"")), "$where")
                .refuse("a list instead of an object", t -> json(at.apply(t), "[" + valid + "]"), 400, null)
                .refuse("a body that is not JSON", t -> json(at.apply(t), valid.substring(0, valid.length() - 1)), 400, null)
                .refuse("text instead of JSON", t -> at.apply(t).contentType(MediaType.TEXT_PLAIN).content(valid), 415, null)
                .refuse("a body over the service's limit (1MB)", t -> json(at.apply(t), with(valid, "\"pad\":\""
                        + "x".repeat(1024 * 1024) + "\"")), 413, null)
                .unknownParameters(uri -> json(request.apply(URI.create(uri)), valid));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** The JSON object with one more member first. */
    private static String with(String object, String member) {
        return "{" + member + (object.equals("{}") ? "}" : "," + object.substring(1));
    }

    /** A refresh cookie, with the CSRF double submit a cookie-authenticated POST needs (as the SPA sends it). */
    private static MockHttpServletRequestBuilder withRefreshCookie(MockHttpServletRequestBuilder request, String value) {
        return request.cookie(new Cookie("__Secure-opensdr-refresh", value), new Cookie("XSRF-TOKEN", "csrf-bad-input"))
                .header("X-XSRF-TOKEN", "csrf-bad-input");
    }

    private static String strings(int count) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : ",").append("\"t").append(i).append('"');
        }
        return out.append(']').toString();
    }
}
