package io.opensdr.outreach.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For emails leaving through the sender's own mailbox (SMTP), adds an HTML alternative of the
 * approved text with an open pixel and every http(s) link wrapped in a signed click redirect.
 * The plain-text part is left exactly as approved. SendGrid tracks opens and clicks itself, so
 * its emails are left alone. Links to OpenSDR's own pages (the unsubscribe link) are not wrapped.
 */
public class TrackingDecorator implements OutgoingEmailDecorator {

    /** A URL in running text; trailing punctuation is taken off afterwards. */
    private static final Pattern TEXT_URL = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("href=\"(https?://[^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING = ".,;:!?)]}";

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
        if (email.htmlBody() != null) {
            String html = wrapHrefs(email.htmlBody(), email.emailId());
            int end = html.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
            return email.withHtmlBody(end >= 0 ? html.substring(0, end) + pixel + html.substring(end) : html + pixel);
        }
        return email.withHtmlBody("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>"
                + "<div style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5\">"
                + textToHtml(email.body(), email.emailId()) + "</div>" + pixel + "</body></html>");
    }

    private String textToHtml(String text, String emailId) {
        StringBuilder html = new StringBuilder(text.length() * 2);
        Matcher urls = TEXT_URL.matcher(text);
        int from = 0;
        while (urls.find()) {
            String url = urls.group();
            int end = urls.end();
            while (!url.isEmpty() && TRAILING.indexOf(url.charAt(url.length() - 1)) >= 0) {
                url = url.substring(0, url.length() - 1);
                end--;
            }
            html.append(paragraphs(text.substring(from, urls.start())));
            html.append("<a href=\"").append(escape(tracked(url, emailId))).append("\">").append(escape(url)).append("</a>");
            from = end;
        }
        html.append(paragraphs(text.substring(from)));
        return html.toString();
    }

    private String wrapHrefs(String html, String emailId) {
        Matcher hrefs = HREF.matcher(html);
        StringBuilder out = new StringBuilder(html.length() * 2);
        while (hrefs.find()) {
            String url = unescape(hrefs.group(1));
            hrefs.appendReplacement(out, Matcher.quoteReplacement("href=\"" + escape(tracked(url, emailId)) + "\""));
        }
        hrefs.appendTail(out);
        return out.toString();
    }

    private String tracked(String url, String emailId) {
        if (links.isOwnLink(url)) {
            return url;
        }
        Optional<String> wrapped = links.clickUrl(emailId, url);
        return wrapped.orElse(url);
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
