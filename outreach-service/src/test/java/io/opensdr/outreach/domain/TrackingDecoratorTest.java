package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrackingDecoratorTest {

    private static final String BASE = "https://sdr.example.com";
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    private final SignedTokens tokens = new SignedTokens("a-test-secret-of-at-least-thirty-two-bytes");
    private final TrackingLinks links = new TrackingLinks(tokens, BASE);
    private final TrackingDecorator decorator = new TrackingDecorator(links);

    private final OutgoingEmail email = new OutgoingEmail("<p-1-1.abc@opensdr.local>", "workspace-1", "c-1", "p-1",
            "p-1:1", "camille@opensdr.example", "Camille", "claire@acme.example", "Claire", "Acme & faster deliveries",
            "Hello Claire <3,\n\nWould 30 minutes work? https://cal.example/camille/30min?utm_source=opensdr&utm_content=p-1.\n"
                    + "Our docs (https://docs.example/start) say more.\n\nUnsubscribe: " + BASE + "/api/outreach/unsubscribe/tok",
            null, Map.of());

    @Test
    void shouldAddAnHtmlAlternativeWithThePixelAndSignedLinksForSmtp() {
        OutgoingEmail decorated = decorator.decorate(email, MailTransport.Kind.SMTP);

        assertThat(decorated.body()).as("the approved text is sent as it is").isEqualTo(email.body());
        String html = decorated.htmlBody();
        assertThat(html).contains("Hello Claire &lt;3,<br>").doesNotContain("<3");
        assertThat(html).containsPattern("<img src=\"" + Pattern.quote(BASE) + "/api/outreach/track/open/[^\"]+\" width=\"1\" height=\"1\"");

        List<String> hrefs = hrefs(html);
        assertThat(hrefs).hasSize(3);
        assertThat(destination(hrefs.get(0))).contains(URI.create("https://cal.example/camille/30min?utm_source=opensdr&utm_content=p-1"));
        assertThat(destination(hrefs.get(1))).contains(URI.create("https://docs.example/start"));
        assertThat(hrefs.get(2)).as("OpenSDR's own links are not wrapped").isEqualTo(BASE + "/api/outreach/unsubscribe/tok");
        assertThat(html).contains(">https://cal.example/camille/30min?utm_source=opensdr&amp;utm_content=p-1</a>.<br>");
        assertThat(html).contains(">https://docs.example/start</a>) say more.");
    }

    @Test
    void shouldLeaveSendGridEmailsAlone() {
        assertThat(decorator.decorate(email, MailTransport.Kind.SENDGRID)).isSameAs(email);
    }

    @Test
    void shouldWrapOnlyTheApprovedLinksOfAnExistingHtmlBodyAndAddThePixelBeforeItsEnd() {
        OutgoingEmail withHtml = email.withHtmlBody("<html><body><p><a href=\"https://docs.example/start\">docs</a>"
                + " <a href=\"https://elsewhere.example/x?a=1&amp;b=2\">other</a>"
                + " <a href=\"mailto:camille@opensdr.example\">mail</a></p></body></html>");

        String html = decorator.decorate(withHtml, MailTransport.Kind.SMTP).htmlBody();

        List<String> hrefs = hrefs(html);
        assertThat(destination(hrefs.get(0))).contains(URI.create("https://docs.example/start"));
        assertThat(hrefs.get(1)).as("not a link of the approved text").isEqualTo("https://elsewhere.example/x?a=1&b=2");
        assertThat(hrefs.get(2)).isEqualTo("mailto:camille@opensdr.example");
        assertThat(html).containsPattern("<img src=\"[^\"]+\"[^>]*></body></html>$");
    }

    @Test
    void shouldRefuseTokensItDidNotSignOrOfTheOtherKind() {
        String pixel = links.pixelUrl("p-1:1");
        String pixelToken = pixel.substring(pixel.lastIndexOf('/') + 1);
        String click = links.clickUrl("p-1:1", 0, "https://cal.example");
        String clickToken = click.substring(click.lastIndexOf('/') + 1);
        TrackingLinks otherKey = new TrackingLinks(new SignedTokens("another-secret-of-at-least-thirty-two-bytes"), BASE);

        assertThat(links.openedEmail(pixelToken)).contains("p-1:1");
        assertThat(links.openedEmail(clickToken)).isEmpty();
        assertThat(links.click(pixelToken)).isEmpty();
        assertThat(links.click(clickToken)).map(TrackingLinks.Click::emailId).contains("p-1:1");
        assertThat(otherKey.click(clickToken)).isEmpty();
        assertThat(links.click(clickToken.replace('.', 'x'))).isEmpty();
        assertThat(links.click(tokens.sign("click\np-1:1\nnot-a-number\nabc"))).isEmpty();
    }

    /** Where a wrapped link leads, resolved as the redirect does: against the email's approved text. */
    private java.util.Optional<URI> destination(String href) {
        assertThat(href).startsWith(BASE + "/api/outreach/track/click/");
        return links.click(href.substring((BASE + "/api/outreach/track/click/").length()))
                .flatMap(click -> click.destinationIn(email.body()));
    }

    private static List<String> hrefs(String html) {
        Matcher matcher = HREF.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1).replace("&amp;", "&"));
        }
        return found;
    }
}
