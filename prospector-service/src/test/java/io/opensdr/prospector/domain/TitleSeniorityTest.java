package io.opensdr.prospector.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleSeniorityTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "null", value = {
            "Chief Revenue Officer,        C_LEVEL",
            "CEO & Co-Founder,             C_LEVEL",
            "Directeur Général,            C_LEVEL",
            "Geschäftsführer,              C_LEVEL",
            "Vice President of Sales,      VP",
            "SVP Engineering,              VP",
            "Director of Marketing,        DIRECTOR",
            "Directrice commerciale,       DIRECTOR",
            "Head of Growth,               HEAD",
            "Vertriebsleiter,              HEAD",
            "Abteilungsleiterin,           HEAD",
            "Leiter Vertrieb,              HEAD",
            "Sales Manager,                MANAGER",
            "Software Engineer,            INDIVIDUAL_CONTRIBUTOR",
            "'   ',                        UNKNOWN",
            "null,                         UNKNOWN"})
    void shouldReadTheSeniorityFromTheTitle(String title, Seniority expected) {
        assertThat(TitleSeniority.of(title)).isEqualTo(expected);
    }
}
