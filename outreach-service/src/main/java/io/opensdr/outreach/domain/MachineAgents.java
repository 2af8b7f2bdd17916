package io.opensdr.outreach.domain;

import java.util.List;
import java.util.Locale;

/**
 * Tells an open or click made by a program (a mail privacy proxy fetching images, a security
 * gateway following links before delivery, a link previewer) from one made by a person, by the
 * HTTP user agent. Such engagements are recorded as machine-generated and never count as human
 * interest. A missing user agent is a program too: every browser and mail client sends one.
 */
public final class MachineAgents {

    /** Lower-case fragments of the user agents of known proxies, scanners and fetchers. */
    private static final List<String> MACHINE_FRAGMENTS = List.of(
            // image proxies of mailbox providers
            "googleimageproxy", "ggpht.com", "yahoomailproxy", "yahoo! slurp",
            // security gateways and link scanners
            "barracuda", "mimecast", "proofpoint", "ppops", "microsoft office protection", "safelinks",
            "microsoft defender", "defender for office", "atp-safelinks", "symantec", "messagelabs", "trend micro",
            "trendmicro", "sophos", "fireeye", "trellix", "ironport", "cisco secure email", "zscaler", "forcepoint",
            "fortinet", "fortiguard", "checkpoint", "check point", "avanan", "abnormal security", "vade", "hornetsecurity",
            "spamtitan", "libraesva", "cloudmark",
            // link previewers and generic programs
            "bot", "crawler", "spider", "preview", "slackbot", "facebookexternalhit", "skypeuripreview",
            "python-requests", "python-urllib", "curl/", "wget/", "go-http-client", "java/", "okhttp", "apache-httpclient",
            "headlesschrome", "phantomjs", "libwww-perl", "httpclient");

    private MachineAgents() {
    }

    public static boolean isMachine(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return MACHINE_FRAGMENTS.stream().anyMatch(agent::contains);
    }
}
