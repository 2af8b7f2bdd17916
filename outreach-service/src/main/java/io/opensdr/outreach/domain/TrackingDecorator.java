package io.opensdr.outreach.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For emails leaving through the sender's own mailbox (SMTP), adds an HTML alternative of the
 * approved text with an open pixel and every http(s) link wrapped in a signed click redirect.
 * The plain-text part is left exactly as approved. SendGrid tracks opens and clicks itself, so
 * its emails are left alone. Links to OpenSDR's own pages (the unsubscribe link) are not wrapped.
 *
 * <p>The redirect finds its destination again in the ledger's approved text by position, so only
 * links of that text are wrapped: an HTML body another decorator wrote keeps any other link as it is.
 */
public class TrackingDecorator implements OutgoingEmailDecorator {

    private static final Pattern HREF = Pattern.compile("href=\"(https?://[^\"]+)\"", Pattern.CASE_INSENSITIVE);

    private final TrackingLinks links;

    public TrackingDecorator(TrackingLinks links) {
        this.links = links;
    }

    @Override
    public OutgoingEmail decorate(OutgoingEmail email, MailTransport.Kind transport) {
        if (transport != MailTransport.Kind.SMTP) {
            return email;
        }
        String pixel = "<img src=\"" + escape(links.pixelUrl(email.emailId()))
                + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0;width:1px;height:1px\">";
        List<TrackingLinks.Found> found = TrackingLinks.webLinks(email.body());
        if (email.htmlBody() != null) {
            String html = wrapHrefs(email.htmlBody(), email.emailId(), found);
            int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
            return email.withHtmlBody(end >= 0 ? html.substring(0, end) + pixel + html.substring(end) : html + pixel);
        }
        return email.withHtmlBody("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>"
                + "<div style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5\">"
                + textToHtml(email.body(), email.emailId(), found) + "</div>" + pixel + "</body></html>");
    }

    private String textToHtml(String text, String emailId, List<TrackingLinks.Found> found) {
        StringBuilder html = new StringBuilder(text.length() * 2);
        int from = 0;
        for (int i = 0; i < found.size(); i++) {
            TrackingLinks.Found link = found.get(i);
            html.append(paragraphs(text.substring(from, link.start())));
            html.append("<a href=\"").append(escape(tracked(link.url(), i, emailId))).append("\">")
                    .append(escape(link.url())).append("</a>");
            from = link.end();
        }
        html.append(paragraphs(text.substring(from)));
        return html.toString();
    }

    private String wrapHrefs(String html, String emailId, List<TrackingLinks.Found> found) {
        Matcher hrefs = HREF.matcher(html);
        StringBuilder out = new StringBuilder(html.length() * 2);
        while (hrefs.find()) {
            String url = unescape(hrefs.group(1));
            int index = -1;
            for (int i = 0; i < found.size() && index < 0; i++) {
                if (found.get(i).url().equals(url)) {
                    index = i;
                }
            }
            String target = index < 0 ? url : tracked(url, index, emailId);
            hrefs.appendReplacement(out, Matcher.quoteReplacement("href=\"" + escape(target) + "\""));
        }
        hrefs.appendTail(out);
        return out.toString();
    }

    private String tracked(String url, int index, String emailId) {
        return links.isOwnLink(url) ? url : links.clickUrl(emailId, index, url);
    }

    private static String paragraphs(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
