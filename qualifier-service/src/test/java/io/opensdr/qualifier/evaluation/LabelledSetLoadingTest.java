package io.opensdr.qualifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opensdr.qualifier.evaluation.LabelledSet.InvalidLabelledSetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the set's files: a good set loads; every broken record is named with its file and line. */
class LabelledSetLoadingTest {

    static final String CAMPAIGNS = """
            {"evaluationDate": "2026-01-15T09:00:00Z", "workspaceId": "w", "campaigns": [{
              "id": "c1", "name": "Campaign", "sector": "Software", "description": "Sells to sales leaders.",
              "targetProfile": {"titles": ["VP Sales"], "seniorities": ["VP"], "industries": ["Computer Software"],
                                "companySizes": ["51-200", "1000+"], "countries": ["FR"]},
              "qualification": {"threshold": 60, "reviewBand": 5, "hotScore": 80, "budgetWeight": 25,
                                "authorityWeight": 25, "needWeight": 25, "timelineWeight": 25},
              "prospectsFile": "c1.jsonl"}]}
            """;

    @TempDir
    Path folder;

    @Test
    void shouldLoadAValidSetWithSignalsRelativeToItsEvaluationDate() throws IOException {
        write(CAMPAIGNS, record("c1-001", "QUALIFIED", "VP Sales", "\"VALID\"", "\"a.b@x.example\""));

        LabelledSet set = LabelledSet.load(LabelledSet.Source.directory(folder));

        assertThat(set.evaluationDate()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
        assertThat(set.campaign("c1").targetProfile().companySizes()).containsExactly("51-200", "1000+");
        assertThat(set.prospects()).singleElement().satisfies(prospect -> {
            assertThat(prospect.label()).isEqualTo(Label.QUALIFIED);
            assertThat(prospect.signals()).singleElement().satisfies(signal -> assertThat(signal.daysAgo()).isEqualTo(12));
        });
    }

    @Test
    void shouldNameEveryBrokenRecordWithItsFileAndLine() throws IOException {
        write(CAMPAIGNS, String.join("\n",
                record("c1-001", "QUALIFIED", "VP Sales", "\"VALID\"", "\"a.b@x.example\""),
                record("c1-002", "MAYBE", "VP Sales", "\"VALID\"", "\"a.b@x.example\""),
                record("c1-001", "REVIEW", "VP Sales", "\"VALID\"", "\"a.b@x.example\""),
                record("c1-004", "REVIEW", "VP Sales", "\"MISSING\"", "\"a.b@x.example\""),
                "{not json",
                record("c1-006", "REJECTED", "", "\"VALID\"", "\"a.b@x.example\"")));

        assertThatThrownBy(() -> LabelledSet.load(LabelledSet.Source.directory(folder)))
                .isInstanceOf(InvalidLabelledSetException.class)
                .hasMessageContaining("5 problem(s)")
                .hasMessageContaining("c1.jsonl:2: not a valid record")
                .hasMessageContaining("MAYBE")
                .hasMessageContaining("c1.jsonl:3 (c1-001): id c1-001 is used twice")
                .hasMessageContaining("c1.jsonl:4 (c1-004): person.email is null exactly when emailGrade is MISSING")
                .hasMessageContaining("c1.jsonl:5: not a valid record")
                .hasMessageContaining("c1.jsonl:6 (c1-006): person.title is blank");
    }

    @Test
    void shouldRefuseAMisspelledFieldInsteadOfIgnoringIt() throws IOException {
        write(CAMPAIGNS, record("c1-001", "QUALIFIED", "VP Sales", "\"VALID\"", "\"a.b@x.example\"")
                .replace("\"reasoning\"", "\"reasonning\""));

        assertThatThrownBy(() -> LabelledSet.load(LabelledSet.Source.directory(folder)))
                .isInstanceOf(InvalidLabelledSetException.class)
                .hasMessageContaining("c1.jsonl:1: not a valid record")
                .hasMessageContaining("reasonning");
    }

    @Test
    void shouldRefuseACampaignWithoutItsProspectsFileOrWithBadSettings() throws IOException {
        Files.writeString(folder.resolve("campaigns.json"), CAMPAIGNS.replace("\"threshold\": 60", "\"threshold\": 160")
                .replace("\"51-200\"", "\"fifty\""));

        assertThatThrownBy(() -> LabelledSet.load(LabelledSet.Source.directory(folder)))
                .isInstanceOf(InvalidLabelledSetException.class)
                .hasMessageContaining("campaigns.json (c1): threshold and hotScore are 0-100")
                .hasMessageContaining("company size fifty is not a range")
                .hasMessageContaining("prospectsFile c1.jsonl is missing");
    }

    @Test
    void shouldSayWhenThereIsNoSetAtAll() {
        assertThatThrownBy(() -> LabelledSet.load(LabelledSet.Source.directory(folder)))
                .isInstanceOf(InvalidLabelledSetException.class)
                .hasMessageContaining("campaigns.json is missing");
    }

    private void write(String campaigns, String prospects) throws IOException {
        Files.writeString(folder.resolve("campaigns.json"), campaigns);
        Files.writeString(folder.resolve("c1.jsonl"), prospects + "\n");
    }

    private static String record(String id, String label, String title, String grade, String email) {
        return ("{\"id\": \"%s\", \"campaignId\": \"c1\", \"label\": \"%s\", \"reasoning\": \"Because.\", \"tags\": [\"t\"], "
                + "\"person\": {\"firstName\": \"A\", \"lastName\": \"B\", \"title\": \"%s\", \"seniority\": \"VP\", "
                + "\"email\": %s, \"emailGrade\": %s, \"countryCode\": \"FR\", \"timeZone\": \"Europe/Paris\"}, "
                + "\"company\": {\"name\": \"X\", \"domain\": \"x.example\", \"industry\": \"Computer Software\", "
                + "\"employeeCount\": 120, \"annualRevenueUsd\": null, \"countryCode\": \"FR\", \"description\": null}, "
                + "\"signals\": [{\"type\": \"HIRING\", \"daysAgo\": 12, \"detail\": \"Hiring AEs\"}]}")
                .formatted(id, label, title, email, grade);
    }
}
