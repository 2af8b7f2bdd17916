package io.opensdr.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One simulator pass against a real mail server (GreenMail, IMAP and SMTP, as the local stack
 * runs it) and a stand-in gateway that records what the prospects did.
 */
class SimulationTest {

    private static final String PROSPECT = "claire@acme.example";
    private static final String SENDER = "camille@opensdr.example";
    private static final String CALENDLY_KEY = "test-calendly-key";

    @TempDir Path temp;

    private GreenMail mail;
    private HttpServer gateway;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Recorded> webhooks = new CopyOnWriteArrayList<>();
    private final List<String> pixelAgents = new CopyOnWriteArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private volatile int pixelStatus = 200;
    private volatile String clickRedirect = "https://calendly.com/camille/30min?utm_content=p-1&utm_campaign=c-1";
    private int smtpPort;
    private int imapPort;

    record Recorded(String path, String signatureHeader, String body) {
    }

    @BeforeEach
    void start() throws IOException {
        smtpPort = freePort();
        imapPort = freePort();
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", this::handle);
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
        mail.stop();
    }

    @Test
    void shouldOpenClickBookAndReplyOnceAndRememberItAcrossRestarts() throws Exception {
        MimeMessage sent = deliverOutreachEmail("<p-1-1.aaa@opensdr.local>");
        Rates everything = new Rates(0, 1, 1, 1, 1, 1);

        Simulation.Pass pass = simulation(everything, Duration.ZERO).runOnce();

        assertEquals(1, pass.acted());
        assertEquals(List.of(
                "GET /api/drafts?status=APPROVED",
                "GET /api/outreach/track/open/px.sig",
                "GET /api/outreach/track/click/tok.sig",
                "POST /api/outreach/webhooks/calendly"), requests);
        assertEquals(List.of(Gateway.MAIL_CLIENT), pixelAgents, "fetched as a mail client does");
        Recorded webhook = webhooks.get(0);
        long t = Long.parseLong(webhook.signatureHeader().substring(2, webhook.signatureHeader().indexOf(',')));
        assertEquals("t=" + t + ",v1=" + hmac(CALENDLY_KEY, t + "." + webhook.body()), webhook.signatureHeader());
        JsonNode payload = new ObjectMapper().readTree(webhook.body()).path("payload");
        assertEquals("p-1", payload.path("tracking").path("utm_content").asText());
        assertEquals("c-1", payload.path("tracking").path("utm_campaign").asText());
        assertEquals(PROSPECT, payload.path("email").asText());

        MimeMessage reply = onlyMessageTo(SENDER);
        assertEquals("Re: Acme and faster deliveries", reply.getSubject());
        assertArrayEquals(new String[] {sent.getMessageID()}, reply.getHeader("In-Reply-To"));
        assertArrayEquals(new String[] {sent.getMessageID()}, reply.getHeader("References"));

        simulation(everything, Duration.ZERO).runOnce();
        assertEquals(5, requests.size(), "a second pass, by a restarted simulator, only lists the prospects");
        assertEquals(1, mail.getReceivedMessagesForDomain("opensdr.example").length);
    }

    @Test
    void shouldBookByAddressOnlyWhenTheEmailHasNoBookingLink() throws Exception {
        deliverOutreachEmail("<p-1-1.eee@opensdr.local>", false);
        clickRedirect = "https://acme.example";

        simulation(new Rates(0, 1, 1, 1, 0, 0), Duration.ZERO).runOnce();

        assertEquals(1, webhooks.size());
        JsonNode envelope = new ObjectMapper().readTree(webhooks.get(0).body());
        JsonNode payload = envelope.has("payload") ? envelope.path("payload") : envelope;
        assertTrue(webhooks.get(0).body().contains(PROSPECT), "the invitee is the prospect's address");
        assertTrue(payload.path("tracking").path("utm_content").isNull() || payload.path("metadata").path("utm_content").isNull(),
                "no ids to give");
    }

    @Test
    void shouldAnswerWithAnOutOfOfficeAndDoNothingElse() throws Exception {
        MimeMessage sent = deliverOutreachEmail("<p-1-1.bbb@opensdr.local>");

        simulation(new Rates(1, 1, 1, 1, 1, 1), Duration.ZERO).runOnce();

        MimeMessage away = onlyMessageTo(SENDER);
        assertArrayEquals(new String[] {"auto-replied"}, away.getHeader("Auto-Submitted"));
        assertArrayEquals(new String[] {sent.getMessageID()}, away.getHeader("In-Reply-To"));
        assertEquals(List.of("GET /api/drafts?status=APPROVED"), requests);
    }

    @Test
    void shouldUnsubscribeWithTheOneClickPost() throws Exception {
        deliverOutreachEmail("<p-1-1.ccc@opensdr.local>");

        simulation(new Rates(0, 1, 0, 0, 0, 1), Duration.ZERO).runOnce();

        assertEquals(List.of(
                "GET /api/drafts?status=APPROVED",
                "GET /api/outreach/track/open/px.sig",
                "POST /api/outreach/unsubscribe/unsub.sig List-Unsubscribe=One-Click"), requests);
        assertEquals(0, mail.getReceivedMessagesForDomain("opensdr.example").length, "no reply");
    }

    @Test
    void shouldWaitForTheThinkTimeAndNotRetryWhatThePlatformRefused() throws Exception {
        deliverOutreachEmail("<p-1-1.ddd@opensdr.local>");
        pixelStatus = 404;
        Rates openOnly = new Rates(0, 1, 0, 0, 0, 0);
        Duration think = Duration.ofMinutes(10);
        Duration drawn = Decision.decide(42, "<p-1-1.ddd@opensdr.local>", openOnly, think).thinkTime();

        assertEquals(1, simulation(openOnly, think).runOnce().waiting());
        clock.advance(drawn.plusSeconds(1));
        assertEquals(1, simulation(openOnly, think).runOnce().acted());
        simulation(openOnly, think).runOnce();

        assertEquals(1, requests.stream().filter(request -> request.contains("/track/open/")).count());
    }

    private Simulation simulation(Rates rates, Duration maxThink) {
        URI base = URI.create("http://127.0.0.1:" + gateway.getAddress().getPort());
        SimulatorOptions options = new SimulatorOptions(base, "127.0.0.1", imapPort, smtpPort, "demo@opensdr.io",
                "demo-password-2026", temp.resolve("state.tsv"), 42, Duration.ofSeconds(1), maxThink, rates,
                CALENDLY_KEY, "test-cal-secret", true, false);
        return new Simulation(options, new Gateway(base, options.login(), options.password()),
                new Mailboxes("127.0.0.1", imapPort, smtpPort), new HandledLog(options.stateFile()), clock);
    }

    /** An email as outreach sends it over SMTP, with the links the drafting, tracking and compliance parts add. */
    private MimeMessage deliverOutreachEmail(String messageId) throws Exception {
        return deliverOutreachEmail(messageId, true);
    }

    private MimeMessage deliverOutreachEmail(String messageId, boolean withBookingLink) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(smtpPort));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(SENDER, "Camille Durand"));
        message.setRecipients(Message.RecipientType.TO, PROSPECT);
        message.setSubject("Acme and faster deliveries");
        message.setHeader("List-Unsubscribe", "<http://127.0.0.1:8080/api/outreach/unsubscribe/unsub.sig>, <mailto:u@opensdr.example>");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        String booking = "https://calendly.com/camille/30min?name=Claire%20Martin&email=claire%40acme.example"
                + "&utm_source=opensdr&utm_medium=email&utm_campaign=c-1&utm_content=p-1";
        MimeBodyPart text = new MimeBodyPart();
        String shown = withBookingLink ? booking : "https://acme.example";
        text.setText("Hello Claire,\nWould 30 minutes work? " + shown + "\nCamille\n"
                + "Unsubscribe: http://127.0.0.1:8080/api/outreach/unsubscribe/unsub.sig", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        // As outreach's tracking decorator writes it: every link tracked, the original address as its text.
        html.setContent("<p>Hello Claire,</p><p>Would 30 minutes work? "
                + "<a href=\"http://127.0.0.1:8080/api/outreach/track/click/tok.sig\">" + shown.replace("&", "&amp;") + "</a></p>"
                + "<p><a href=\"http://127.0.0.1:8080/api/outreach/track/click/unsub-click.sig\">"
                + "http://127.0.0.1:8080/api/outreach/unsubscribe/unsub.sig</a></p>"
                + "<img src=\"http://127.0.0.1:8080/api/outreach/track/open/px.sig\" width=\"1\" height=\"1\">",
                "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        message.saveChanges();
        Transport.send(message);
        return message;
    }

    private MimeMessage onlyMessageTo(String address) throws Exception {
        List<MimeMessage> messages = Arrays.stream(mail.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
        assertEquals(1, messages.size());
        return messages.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query)
                + (path.startsWith("/api/outreach/unsubscribe/") ? " " + body : ""));
        int status = 200;
        String answer = "";
        if (path.equals("/api/drafts")) {
            String expected = "Basic " + Base64.getEncoder().encodeToString("demo@opensdr.io:demo-password-2026".getBytes(StandardCharsets.UTF_8));
            boolean signedIn = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            status = signedIn ? 200 : 401;
            answer = signedIn ? "[{\"id\":\"p-1:1\",\"recipient\":{\"email\":\"" + PROSPECT + "\"},\"status\":\"APPROVED\"}]" : "";
        } else if (path.startsWith("/api/outreach/track/open/")) {
            pixelAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            status = pixelStatus;
        } else if (path.startsWith("/api/outreach/track/click/")) {
            status = 302;
            exchange.getResponseHeaders().add("Location", clickRedirect);
        } else if (path.startsWith("/api/outreach/webhooks/")) {
            String header = path.endsWith("calendly") ? "Calendly-Webhook-Signature" : "X-Cal-Signature-256";
            webhooks.add(new Recorded(path, exchange.getRequestHeaders().getFirst(header), body));
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static String hmac(String key, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
