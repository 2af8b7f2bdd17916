package io.opensdr.qualifier.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.qualifier.config.QualifierProperties.LanguageModelProperties;
import io.opensdr.qualifier.domain.FallbackBantScorer;
import io.opensdr.qualifier.domain.RuleBasedBantScorer;
import io.opensdr.qualifier.domain.ScorerKind;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QualifierConfigurationTest {

    private final QualifierConfiguration configuration = new QualifierConfiguration();

    @Test
    void shouldScoreByRulesWhenNoLanguageModelIsConfigured() {
        assertThat(configuration.bantScorer(Clock.systemUTC(), new QualifierProperties(null)))
                .isInstanceOf(RuleBasedBantScorer.class);
        assertThat(configuration.bantScorer(Clock.systemUTC(),
                new QualifierProperties(new LanguageModelProperties(" ", null, null, null, null))))
                .isInstanceOf(RuleBasedBantScorer.class);
    }

    @Test
    void shouldAskTheLanguageModelWithTheRulesAsFallBackWhenABaseUrlIsConfigured() {
        var scorer = configuration.bantScorer(Clock.systemUTC(),
                new QualifierProperties(new LanguageModelProperties("http://127.0.0.1:1/v1", null, null, null, null)));

        assertThat(scorer).isInstanceOf(FallbackBantScorer.class);
        assertThat(scorer.kind()).isEqualTo(ScorerKind.LANGUAGE_MODEL);
    }

    @Test
    void shouldDefaultAndValidateTheLanguageModelSettings() {
        LanguageModelProperties defaults = new LanguageModelProperties("http://x/v1", null, null, null, null);

        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.maxRetries()).isEqualTo(1);
        assertThat(defaults.apiKey()).isEqualTo("none");
        assertThatThrownBy(() -> new LanguageModelProperties("http://x/v1", null, null, Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LanguageModelProperties("http://x/v1", null, null, null, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
