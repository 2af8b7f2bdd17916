package io.opensdr.outreach.web;

import io.opensdr.kit.web.LenientParameters;
import io.opensdr.outreach.domain.UnsubscribeToken;
import io.opensdr.outreach.domain.Unsubscribing;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unsubscribe link of every email, public (no sign-in; the signed token is the proof). A GET
 * only shows a confirmation page, because mail scanners and link previews fetch links nobody
 * clicked; a POST unsubscribes at once: the RFC 8058 one-click request a mailbox provider sends
 * with body {@code List-Unsubscribe=One-Click}, or the page's button, which posts the same field.
 * A forged or altered token is 404 and a malformed one 400, and neither changes anything. The
 * link passes through mail clients that may decorate it: the token is checked here, the rest of the
 * URL is left alone (an unsubscribe must never fail on an added parameter).
 */
@RestController
@LenientParameters
@RequestMapping(UnsubscribeController.PATH)
class UnsubscribeController {

    static final String PATH = "/api/outreach/unsubscribe/{token}";
    static final String FIELD = "List-Unsubscribe";
    static final String ONE_CLICK = "One-Click";

    /** A SignedTokens token: base64url payload, a dot, a base64url HMAC-SHA256 (43 characters). */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,1500}\\.[A-Za-z0-9_-]{43}");

    private final Unsubscribing unsubscribing;

    UnsubscribeController(Unsubscribing unsubscribing) {
        this.unsubscribing = unsubscribing;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "The confirmation page, with its button.",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    ResponseEntity<?> confirmationPage(@PathVariable String token) {
        Optional<UnsubscribeToken> ids = read(token);
        if (ids.isEmpty()) {
            return refusal(token);
        }
        return page(HttpStatus.OK, "Unsubscribe", """
                <h1>Unsubscribe</h1>
                <p>Confirm that you no longer want to receive emails from us.</p>
                <form method="post">
                <input type="hidden" name="List-Unsubscribe" value="One-Click">
                <button type="submit">Unsubscribe</button>
                </form>""");
    }

    /** Form-encoded (the page, most providers) or multipart; the field is required either way. */
    @PostMapping
    @ApiResponse(responseCode = "200", description = "The page saying the person is unsubscribed.",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    ResponseEntity<?> unsubscribe(@PathVariable String token,
                                  @RequestParam(name = FIELD, required = false) String field) {
        Optional<UnsubscribeToken> ids = read(token);
        if (ids.isEmpty()) {
            return refusal(token);
        }
        if (!ONE_CLICK.equals(field)) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid unsubscribe request",
                    "An unsubscribe request must carry the field List-Unsubscribe=One-Click (RFC 8058).");
        }
        Unsubscribing.Channel channel = Unsubscribing.Channel.ONE_CLICK;
        unsubscribing.unsubscribe(ids.get(), channel);
        return page(HttpStatus.OK, "Unsubscribed", """
                <h1>You are unsubscribed</h1>
                <p>You will not receive any further email from us.</p>""");
    }

    private Optional<UnsubscribeToken> read(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return unsubscribing.read(token);
    }

    private static ResponseEntity<?> refusal(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return problem(HttpStatus.BAD_REQUEST, "Malformed unsubscribe link",
                    "This is not an unsubscribe link: check that it was copied whole.");
        }
        return problem(HttpStatus.NOT_FOUND, "Unknown unsubscribe link",
                "This unsubscribe link was not issued by this service.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore()).body(problem);
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<title>" + title + "</title>\n</head>\n<body>\n"
                + body + "\n</body>\n</html>\n";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex")
                .body(html);
    }
}
