package io.opensdr.prospector.sources.rocketreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.opensdr.prospector.config.RocketReachConfiguration;
import io.opensdr.prospector.domain.ProspectSource;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The source exists only with a key, and the settings are checked at startup. */
class RocketReachConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(MongoTemplate.class, () -> mock(MongoTemplate.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(RocketReachConfiguration.class);

    @Test
    void shouldRegisterNoSourceWithoutAKey() {
        context.run(started -> assertThat(started).doesNotHaveBean(RocketReachSource.class));
    }

    @Test
    void shouldRegisterNoSourceWithABlankKey() {
        context.withPropertyValues("opensdr.prospector.rocketreach.api-key= ")
                .run(started -> assertThat(started).doesNotHaveBean(RocketReachSource.class));
    }

    @Test
    void shouldRegisterTheSourceWithAKey() {
        context.withPropertyValues("opensdr.prospector.rocketreach.api-key=secret", "opensdr.prospector.rocketreach.lookups-per-day=7")
                .run(started -> {
                    assertThat(started).hasSingleBean(RocketReachSource.class);
                    assertThat(started.getBean(ProspectSource.class).kind().name()).isEqualTo("ROCKETREACH");
                });
    }

    @Test
    void shouldRefuseToStartWithANegativeQuota() {
        context.withPropertyValues("opensdr.prospector.rocketreach.api-key=secret", "opensdr.prospector.rocketreach.lookups-per-day=-1")
                .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("cannot be negative"));
    }

    @Test
    void shouldRefuseToStartWithABaseUrlThatIsNotHttp() {
        context.withPropertyValues("opensdr.prospector.rocketreach.api-key=secret", "opensdr.prospector.rocketreach.base-url=ftp://x")
                .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("http(s) URL"));
    }
}
