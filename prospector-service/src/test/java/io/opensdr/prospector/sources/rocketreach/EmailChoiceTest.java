package io.opensdr.prospector.sources.rocketreach;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.prospector.domain.EmailGrade;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailChoiceTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "valid,      null, VALID",
            "VALID,      F,    VALID",
            "accept-all, A,    ACCEPT_ALL",
            "invalid,    A,    INVALID",
            "unknown,    A,    UNKNOWN",
            "whatever,   null, UNKNOWN",
            "null,       A,    VALID",
            "null,       A-,   VALID",
            "null,       F,    INVALID",
            "null,       B,    UNKNOWN",
            "null,       null, UNKNOWN"})
    void shouldGradeFromSmtpValidThenFromTheLetterGrade(String smtpValid, String letter, EmailGrade expected) {
        assertThat(EmailChoice.grade(new RocketReachEmail("a@b.example", smtpValid, "professional", letter))).isEqualTo(expected);
    }

    @Test
    void shouldPreferTheBestGradeThenAProfessionalAddress() {
        RocketReachProfile profile = profile(null, List.of(
                new RocketReachEmail("me@gmail.example", "valid", "personal", "A"),
                new RocketReachEmail("claire@work.example", "accept-all", "professional", "B"),
                new RocketReachEmail("claire.martin@work.example", "valid", "professional", "A"),
                new RocketReachEmail("sales@work.example", "valid", "role-based", "A")));

        assertThat(EmailChoice.of(profile)).isEqualTo(new EmailChoice.Choice("claire.martin@work.example", EmailGrade.VALID));
    }

    @Test
    void shouldNeverChooseADisposableOrMalformedAddress() {
        RocketReachProfile profile = profile(null, List.of(
                new RocketReachEmail("x@trash.example", "valid", "disposable", "A"),
                new RocketReachEmail("not an address", "valid", "professional", "A"),
                new RocketReachEmail("=cmd|' /C calc'!A0@x.example", "valid", "professional", "A"),
                new RocketReachEmail("jo@work.example", "unknown", "professional", null)));

        assertThat(EmailChoice.of(profile)).isEqualTo(new EmailChoice.Choice("jo@work.example", EmailGrade.UNKNOWN));
    }

    @Test
    void shouldKeepAnUngradedRecommendedAddressAsUnknown() {
        assertThat(EmailChoice.of(profile("jo@work.example", List.of())))
                .isEqualTo(new EmailChoice.Choice("jo@work.example", EmailGrade.UNKNOWN));
    }

    @Test
    void shouldSayMissingWhenThereIsNoUsableAddress() {
        RocketReachProfile profile = profile("nope", List.of(new RocketReachEmail("x@trash.example", "valid", "disposable", "A")));

        assertThat(EmailChoice.of(profile)).isEqualTo(EmailChoice.Choice.NONE);
        assertThat(EmailChoice.Choice.NONE.grade()).isEqualTo(EmailGrade.MISSING);
    }

    private static RocketReachProfile profile(String recommended, List<RocketReachEmail> emails) {
        return new RocketReachProfile(1, "complete", "Claire Martin", null, null, null, null, null, "VP Sales", "Work",
                null, null, null, false, recommended, null, null, emails, List.of());
    }
}
