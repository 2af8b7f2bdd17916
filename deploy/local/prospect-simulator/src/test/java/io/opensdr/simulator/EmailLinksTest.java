package io.opensdr.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailLinksTest {

    private static final String BOOKING = "https://calendly.com/camille/30min?name=Claire%20Martin&email=claire%40acme.example"
            + "&utm_source=opensdr&utm_medium=email&utm_campaign=c-1&utm_content=p-1";
    private static final String TEXT = "Hello Claire,\n\nWould 30 minutes work? " + BOOKING + ".\n\n"
            + "Unsubscribe: http://127.0.0.1:8080/api/outreach/unsubscribe/abc.def";
    private static final String HTML = "<p>Would 30 minutes work? <a href=\"http://127.0.0.1:8080/api/outreach/track/click/tok.sig\">Book</a></p>"
            + "<img src=\"https://cdn.example/logo.png\"><img width=\"1\" height=\"1\" alt=\"\" "
            + "src=\"http://127.0.0.1:8080/api/outreach/track/open/px.sig?a=1&amp;b=2\">";

    @Test
    void shouldFindTheOpenPixelAmongTheImages() {
        assertEquals(Optional.of("http://127.0.0.1:8080/api/outreach/track/open/px.sig?a=1&b=2"), EmailLinks.openPixel(HTML));
        assertEquals(Optional.empty(), EmailLinks.openPixel("<img src=\"https://cdn.example/logo.png\">"));
        assertEquals(Optional.empty(), EmailLinks.openPixel(null));
    }

    @Test
    void shouldFindTrackedLinksAndTheBookingLinkWithItsIds() {
        List<String> urls = EmailLinks.urls(TEXT, HTML);
        assertEquals(List.of("http://127.0.0.1:8080/api/outreach/track/click/tok.sig"), EmailLinks.trackedLinks(urls));
        BookingLink booking = EmailLinks.bookingLink(urls).orElseThrow();
        assertEquals(BOOKING, booking.url(), "the sentence's full stop is not part of the link");
        assertEquals("c-1", booking.campaignId());
        assertEquals("p-1", booking.prospectId());
        assertEquals("Claire Martin", booking.name());
        assertEquals("claire@acme.example", booking.email());
        assertEquals(Optional.of(Scheduler.CALENDLY), booking.scheduler());
        assertEquals(Optional.of(Scheduler.CAL_COM), BookingLink.parse("https://cal.com/camille/30?utm_content=p-2").orElseThrow().scheduler());
        assertEquals(Optional.empty(), BookingLink.parse("https://meet.example/camille?utm_content=p-2").orElseThrow().scheduler());
        assertTrue(BookingLink.parse("https://calendly.com/camille/30min").isEmpty(), "no ids, no booking link");
    }

    @Test
    void shouldClickTheTrackedLinkThatShowsTheBookingLinkNotTheUnsubscribeOne() {
        // As outreach's tracking decorator writes links: the tracked address, the original as the text.
        String html = "<p><a href=\"http://127.0.0.1:8080/api/outreach/track/click/unsub.sig\">"
                + "http://127.0.0.1:8080/api/outreach/unsubscribe/abc.def</a></p>"
                + "<p><a href=\"http://127.0.0.1:8080/api/outreach/track/click/site.sig\">https://acme.example</a></p>"
                + "<p><a href=\"http://127.0.0.1:8080/api/outreach/track/click/book.sig\">"
                + "https://calendly.com/camille/30min?utm_campaign=c-1&amp;utm_content=p-1</a></p>";
        assertEquals(Optional.of("http://127.0.0.1:8080/api/outreach/track/click/book.sig"),
                EmailLinks.linkToClick(html, EmailLinks.urls(null, html)));
        String noBooking = html.substring(0, html.indexOf("<p><a href=\"http://127.0.0.1:8080/api/outreach/track/click/book.sig"));
        assertEquals(Optional.of("http://127.0.0.1:8080/api/outreach/track/click/site.sig"),
                EmailLinks.linkToClick(noBooking, EmailLinks.urls(null, noBooking)));
        assertEquals(Optional.empty(), EmailLinks.linkToClick("<p>no links</p>", List.of()));
    }

    @Test
    void shouldReadTheHttpEntryOfListUnsubscribe() {
        assertEquals(Optional.of("http://127.0.0.1:8080/api/outreach/unsubscribe/abc.def"), EmailLinks.unsubscribeUrl(
                "<mailto:unsubscribe@opensdr.example?subject=unsubscribe>, <http://127.0.0.1:8080/api/outreach/unsubscribe/abc.def>"));
        assertEquals(Optional.empty(), EmailLinks.unsubscribeUrl("<mailto:unsubscribe@opensdr.example>"));
        assertEquals(Optional.empty(), EmailLinks.unsubscribeUrl(null));
    }

    @Test
    void shouldCallOnlyOpenSdrsApiOnThisMachine() {
        assertTrue(Gateway.isLocalApi("http://127.0.0.1:8080/api/outreach/track/open/x"));
        assertTrue(Gateway.isLocalApi("http://localhost:8180/api/outreach/unsubscribe/x"));
        assertFalse(Gateway.isLocalApi(BOOKING));
        assertFalse(Gateway.isLocalApi("http://127.0.0.1:8080/index.html"));
        assertFalse(Gateway.isLocalApi("http://evil.example/api/outreach/track/open/x"));
        Gateway gateway = new Gateway(java.net.URI.create("http://127.0.0.1:8180"), "u", "p");
        assertEquals("http://127.0.0.1:8180/api/outreach/track/open/x?a=1",
                gateway.local("http://127.0.0.1:8080/api/outreach/track/open/x?a=1").toString(),
                "sent to this stack's gateway, whatever port the link names");
    }
}
