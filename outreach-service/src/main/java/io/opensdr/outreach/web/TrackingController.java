package io.opensdr.outreach.web;

import io.opensdr.kit.web.LenientParameters;
import io.opensdr.outreach.domain.LinkTracking;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open pixel and the click redirect of emails sent over SMTP; public, each token signed. Its
 * links pass through mail clients and scanners that may decorate them: the token is checked here,
 * the rest of the URL is left alone.
 */
@RestController
@LenientParameters
class TrackingController {

    private static final Logger log = LoggerFactory.getLogger(TrackingController.class);

    /** A transparent 1x1 GIF. */
    static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final LinkTracking tracking;

    TrackingController(LinkTracking tracking) {
        this.tracking = tracking;
    }

    /**
     * Always the image, whatever the token: a mail client shows no broken image, and a prober
     * learns nothing. Not cached, so that every display reaches us.
     */
    @GetMapping("/api/outreach/track/open/{token}")
    @ApiResponse(responseCode = "200", description = "A transparent 1x1 GIF, whatever the token.",
            content = @Content(mediaType = MediaType.IMAGE_GIF_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> open(@PathVariable String token,
                                @RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String userAgent) {
        try {
            tracking.opened(token, userAgent);
        } catch (RuntimeException e) {
            // The reader's image must not break because an open could not be stored: the open is lost, said here.
            log.warn("An open could not be recorded: {}", e.getMessage());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_GIF)
                .cacheControl(CacheControl.noStore().mustRevalidate())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .header(HttpHeaders.EXPIRES, "0")
                .body(PIXEL);
    }

    /** To the signed destination only; a forged or altered token goes nowhere (no open redirect). */
    @GetMapping("/api/outreach/track/click/{token}")
    @ApiResponse(responseCode = "302", description = "To the link's signed destination.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The destination.", schema = @Schema(type = "string")))
    ResponseEntity<Void> click(@PathVariable String token,
                               @RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String userAgent) {
        return tracking.clicked(token, userAgent)
                .map(destination -> ResponseEntity.status(HttpStatus.FOUND).location(destination)
                        .cacheControl(CacheControl.noStore()).<Void>build())
                .orElseThrow(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "This link is not valid.");
                    problem.setTitle("Unknown link");
                    return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
                });
    }
}
