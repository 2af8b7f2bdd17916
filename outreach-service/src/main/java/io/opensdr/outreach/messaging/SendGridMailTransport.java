package io.opensdr.outreach.messaging;

import com.sendgrid.Client;
import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.ClickTrackingSetting;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import com.sendgrid.helpers.mail.objects.MailSettings;
import com.sendgrid.helpers.mail.objects.OpenTrackingSetting;
import com.sendgrid.helpers.mail.objects.Personalization;
import com.sendgrid.helpers.mail.objects.Setting;
import com.sendgrid.helpers.mail.objects.TrackingSettings;
import io.opensdr.outreach.domain.MailDeliveryException;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.HttpClients;
import io.opensdr.outreach.domain.MailTransport;
import io.opensdr.outreach.domain.OutgoingEmail;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends through SendGrid's v3 mail-send API with sendgrid-java. The ledger's ids travel in
 * {@code custom_args} (ids only, never personal data), so that the event webhook finds the ledger
 * entry again; SendGrid tracks opens and clicks itself. The {@code X-Message-Id} of the 202 answer
 * is kept as the provider's message id. 429 and 5xx answers (and no answer) may pass later; any
 * other 4xx is permanent.
 */
public class SendGridMailTransport implements MailTransport {

    /**
     * @param categories   SendGrid categories given to every email (statistics)
     * @param sandboxMode  SendGrid validates the request but delivers nothing
     */
    public record Settings(List<String> categories, boolean openTracking, boolean clickTracking,
                           boolean sandboxMode) {

        public Settings {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }

    private static final String MESSAGE_ID = "Message-ID";

    private final SendGrid client;
    private final Settings settings;

    /**
     * A transport on its own HTTP client with bounded timeouts.
     *
     * @param baseUrl the API's scheme and authority, e.g. https://api.sendgrid.com (http for tests)
     */
    public static SendGridMailTransport create(String apiKey, URI baseUrl, Duration timeout, Settings settings) {
        int millis = (int) timeout.toMillis();
        RequestConfig timeouts = RequestConfig.custom().setConnectTimeout(millis).setSocketTimeout(millis)
                .setConnectionRequestTimeout(millis).build();
        boolean plainHttp = "http".equalsIgnoreCase(baseUrl.getScheme());
        Client client = new Client(HttpClients.custom().setDefaultRequestConfig(timeouts).build(), plainHttp);
        SendGrid sendGrid = new SendGrid(apiKey, client);
        sendGrid.setHost(baseUrl.getAuthority());
        return new SendGridMailTransport(sendGrid, settings);
    }

    public SendGridMailTransport(SendGrid client, Settings settings) {
        this.client = client;
        this.settings = settings;
        client.setRateLimitRetry(0); // a 429 goes back to the sender's own retry and pacing, never a blocking sleep
    }

    @Override
    public Kind kind() {
        return Kind.SENDGRID;
    }

    @Override
    public String send(OutgoingEmail email) {
        Request request = new Request();
        request.setMethod(Method.POST);
        request.setEndpoint("mail/send");
        Response response;
        try {
            request.setBody(toMail(email).build());
            response = client.api(request);
        } catch (IOException e) {
            throw new MailDeliveryException("SendGrid did not answer for " + email.emailId() + ": " + e.getMessage(), e);
        }
        int status = response.getStatusCode();
        if (status >= 200 && status < 300) {
            return header(response.getHeaders(), "X-Message-Id");
        }
        String reason = "SendGrid answered " + status + " for " + email.emailId() + ": " + abbreviate(response.getBody());
        if (status == 429 || status >= 500) {
            throw new MailDeliveryException(reason, null, true);
        }
        throw MailDeliveryException.permanent(reason, null);
    }

    Mail toMail(OutgoingEmail email) {
        Mail mail = new Mail();
        mail.setFrom(new Email(email.fromEmail(), email.fromName()));
        mail.setSubject(email.subject());
        Personalization personalization = new Personalization();
        personalization.addTo(email.toName() == null || email.toName().isBlank()
                ? new Email(email.toEmail()) : new Email(email.toEmail(), email.toName()));
        personalization.addCustomArg("workspace_id", email.workspaceId());
        personalization.addCustomArg("campaign_id", email.campaignId());
        personalization.addCustomArg("prospect_id", email.prospectId());
        personalization.addCustomArg("email_id", email.emailId());
        mail.addPersonalization(personalization);
        mail.addContent(new Content("text/plain", email.body()));
        if (email.htmlBody() != null) {
            mail.addContent(new Content("text/html", email.htmlBody()));
        }
        // Our own Message-ID, so that replies thread to it (In-Reply-To) whichever transport sent it.
        mail.addHeader(MESSAGE_ID, email.messageId());
        email.headers().forEach(mail::addHeader);
        settings.categories().forEach(mail::addCategory);
        TrackingSettings tracking = new TrackingSettings();
        ClickTrackingSetting click = new ClickTrackingSetting();
        click.setEnable(settings.clickTracking());
        click.setEnableText(false);
        tracking.setClickTrackingSetting(click);
        OpenTrackingSetting open = new OpenTrackingSetting();
        open.setEnable(settings.openTracking());
        tracking.setOpenTrackingSetting(open);
        mail.setTrackingSettings(tracking);
        if (settings.sandboxMode()) {
            MailSettings mailSettings = new MailSettings();
            Setting sandbox = new Setting();
            sandbox.setEnable(true);
            mailSettings.setSandboxMode(sandbox);
            mail.setMailSettings(mailSettings);
        }
        return mail;
    }

    private static String header(Map<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
