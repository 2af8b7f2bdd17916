package io.opensdr.outreach.domain;

import static io.opensdr.outreach.domain.ComplianceDoubles.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ListUnsubscribeHeadersTest {

    private final SignedTokens tokens = new SignedTokens(SECRET);
    private final SignedUnsubscribeLinks links = new SignedUnsubscribeLinks(URI.create("https://sdr.example.com"), tokens);

    @ParameterizedTest
    @EnumSource(MailTransport.Kind.class)
    void shouldAddTheOneClickHeadersWithTheEmailsSignedLinkWhateverTheTransport(MailTransport.Kind transport) {
        OutgoingEmail decorated = new ListUnsubscribeHeaders(links, null).decorate(anEmail(), transport);

        String listUnsubscribe = decorated.headers().get("List-Unsubscribe");
        assertThat(listUnsubscribe).matches("<https://sdr\\.example\\.com/api/outreach/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>");
        String token = listUnsubscribe.substring(listUnsubscribe.lastIndexOf('/') + 1, listUnsubscribe.length() - 1);
        assertThat(UnsubscribeToken.read(tokens, token)).contains(new UnsubscribeToken("w1", "p1", "p1:1"));
        assertThat(listUnsubscribe).doesNotContain("ada");
        assertThat(decorated.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        assertThat(decorated.headers()).containsEntry("X-Kept", "yes");
        assertThat(decorated.body()).isEqualTo(anEmail().body());
    }

    @Test
    void shouldAddTheMailtoWhenOneIsConfigured() {
        OutgoingEmail decorated = new ListUnsubscribeHeaders(links, "unsubscribe@sdr.example.com")
                .decorate(anEmail(), MailTransport.Kind.SMTP);

        assertThat(decorated.headers().get("List-Unsubscribe"))
                .startsWith("<https://sdr.example.com/api/outreach/unsubscribe/")
                .endsWith(">, <mailto:unsubscribe@sdr.example.com?subject=unsubscribe>");
    }

    @Test
    void shouldRefuseAMailtoThatWouldBreakTheHeader() {
        assertThatThrownBy(() -> new ListUnsubscribeHeaders(links, "a@b>, <https://evil.example"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OutgoingEmail anEmail() {
        return new OutgoingEmail("<m1@sdr.example.com>", "w1", "c1", "p1", "p1:1", "sales@vendor.example", "Sam",
                "ada@example.com", "Ada Lovelace", "Hello", "Hi Ada", null, Map.of("X-Kept", "yes"));
    }
}
