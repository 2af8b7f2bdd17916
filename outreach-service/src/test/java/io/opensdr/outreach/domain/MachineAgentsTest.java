package io.opensdr.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MachineAgentsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)",
            "YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html",
            "Barracuda Sentinel (EE)",
            "Mimecast URL Protect",
            "Proofpoint URL Defense",
            "Microsoft Office Protection",
            "Mozilla/5.0 (compatible; SafeLinks)",
            "Microsoft Defender for Office 365",
            "python-requests/2.31.0",
            "curl/8.4.0",
            "Go-http-client/1.1",
            "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"})
    void shouldTakeProxiesScannersAndProgramsForMachines(String userAgent) {
        assertThat(MachineAgents.isMachine(userAgent)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void shouldTakeARequestWithoutUserAgentForAMachine(String userAgent) {
        assertThat(MachineAgents.isMachine(userAgent)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
            "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17029; Pro)",
            "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Thunderbird/115.6.0"})
    void shouldTakeBrowsersAndMailClientsForPeople(String userAgent) {
        assertThat(MachineAgents.isMachine(userAgent)).isFalse();
    }
}
