package io.opensdr.prospector.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opensdr.kit.testing.TestInfrastructure;
import io.opensdr.kit.testing.TestTokens;
import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.CampaignStatus;
import io.opensdr.prospector.domain.CampaignStore;
import io.opensdr.prospector.domain.RankedCandidate;
import io.opensdr.prospector.domain.SearchPage;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.TargetProfile;
import io.opensdr.prospector.sources.csv.CsvImportSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The CSV import's HTTP API on the real service (embedded KRaft broker, Apicurio registry,
 * mongo-java-server): preview, import with a mapping, the kept report, every refusal as a problem
 * detail, and the imported people served best first by the CSV source. Each test uses its own
 * campaign, since they share the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "opensdr.prospector.csv-import.max-file-size=100KB",
        "opensdr.prospector.csv-import.batch-size=50"})
@EmbeddedKafka(kraft = true, partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@SuppressWarnings({"unchecked", "rawtypes"})
class CsvImportIT {

    private static final String HEADER = "E-mail,First name,Last name,Job title,Company,Employees,Country\n";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestInfrastructure.register(properties, "prospector-csv-it");
        TOKENS.register(properties);
    }

    @Autowired TestRestTemplate http;

    /** Access tokens as campaign-service signs them, checked against their JWKS over HTTP. */
    static final TestTokens TOKENS = TestTokens.start();

    @BeforeEach
    void signIn() {
        // Each request as a member of its campaign's workspace.
        http.getRestTemplate().setInterceptors(List.of(TOKENS.asMemberOfTheCampaignsWorkspace(campaign -> "w-" + campaign)));
    }
    @Autowired CampaignStore campaigns;
    @Autowired CsvImportSource source;
    @Autowired MongoTemplate mongo;

    @Test
    void shouldPreviewAFileWithItsHeaderSampleRowsAndSuggestedMapping() {
        campaign("c-preview");

        ResponseEntity<Map> preview = post("/api/prospector/campaigns/c-preview/csv-imports/preview",
                file("people.csv", HEADER + "a@one.example,Ann,Lee,CEO,One,20,FR\nb@two.example,Bo,Li,CTO,Two,30,DE\n"), Map.of());

        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(preview.getBody()).containsEntry("delimiter", "comma")
                .containsEntry("headers", List.of("E-mail", "First name", "Last name", "Job title", "Company", "Employees", "Country"))
                .containsEntry("missingMandatoryFields", List.of());
        assertThat((List<?>) preview.getBody().get("sampleRows")).hasSize(2);
        assertThat((Map<String, Object>) preview.getBody().get("suggestedMapping")).containsEntry("E-mail", "email")
                .containsEntry("Job title", "title").containsEntry("Employees", "employeeCount");
    }

    @Test
    void shouldImportGoodRowsReportBadOnesKeepTheReportAndServeThePeopleBestFirst() {
        campaign("c-import");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 120; i++) {
            csv.append("ic").append(i).append("@one.example,Ian,Doe,Engineer,One,10,FR\n");
        }
        csv.append("ceo@two.example,Cleo,Doe,CEO,Two,5000,France\n");
        csv.append(",No,Email,CEO,Two,5000,FR\n");
        csv.append("evil@three.example,Eve,Doe,\"=cmd|' /C calc'!A0\",Three,10,FR\n");
        csv.append("ic1@one.example,Ian,Again,Engineer,One,10,FR\n");

        ResponseEntity<Map> created = post("/api/prospector/campaigns/c-import/csv-imports", file("people.csv", csv.toString()),
                Map.of("mapping", "{\"E-mail\":\"email\",\"First name\":\"firstName\",\"Last name\":\"lastName\","
                        + "\"Job title\":\"title\",\"Company\":\"company\",\"Employees\":\"employeeCount\",\"Country\":\"country\"}"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> report = created.getBody();
        assertThat(report).containsEntry("status", "COMPLETED").containsEntry("rowsRead", 124).containsEntry("imported", 121)
                .containsEntry("rejected", 2).containsEntry("duplicates", 1);
        assertThat((List<Map<String, Object>>) report.get("errors")).containsExactly(
                Map.of("row", 123, "column", "E-mail", "reason", "The email is missing."),
                Map.of("row", 124, "column", "Job title", "reason",
                        "The cell starts with \"=\", which a spreadsheet would run as a formula (formula injection); it is not imported."));
        assertThat(created.getHeaders().getLocation()).hasPath("/api/prospector/campaigns/c-import/csv-imports/" + report.get("importId"));

        ResponseEntity<Map> kept = http.getForEntity(created.getHeaders().getLocation(), Map.class);
        assertThat(kept.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(kept.getBody()).containsEntry("imported", 121).containsEntry("errors", report.get("errors"))
                .containsEntry("duplicateRows", List.of(Map.of("row", 125, "email", "ic1@one.example", "firstRow", 3)));
        assertThat(http.getForObject("/api/prospector/campaigns/c-import/csv-imports", List.class)).hasSize(1);

        SearchPage first = source.search(campaign("c-import"), 0, 2);
        assertThat(first.candidates()).extracting(ranked -> ranked.candidate().person().email())
                .containsExactly("ceo@two.example", "ic0@one.example");
        assertThat(first.candidates().get(0).candidate().person().countryCode()).isEqualTo("FR");
        SearchPage last = source.search(campaign("c-import"), 120, 5);
        assertThat(last.candidates()).extracting(ranked -> ranked.candidate().person().email()).containsExactly("ic119@one.example");
        assertThat(first.candidates()).extracting(RankedCandidate::priority).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void shouldLeaveStoredPeopleUnchangedWhenAFileIsRefusedHalfway() {
        Campaign campaign = campaign("c-broken");
        post("/api/prospector/campaigns/c-broken/csv-imports", file("good.csv", HEADER + "kept@one.example,K,D,CEO,One,10,FR\n"),
                Map.of());
        StringBuilder broken = new StringBuilder(HEADER);
        for (int i = 0; i < 200; i++) {
            broken.append("p").append(i).append("@two.example,P,D,CEO,Two,10,FR\n"); // four batches written first
        }
        broken.append("q@two.example,\"never closed,D,CEO,Two,10,FR\n");

        ResponseEntity<Map> refused = post("/api/prospector/campaigns/c-broken/csv-imports", file("broken.csv", broken.toString()),
                Map.of());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).containsEntry("title", "Invalid CSV file").containsKey("importId");
        assertThat((String) refused.getBody().get("detail")).contains("not valid CSV");
        assertThat(mongo.count(Query.query(Criteria.where("campaignId").is("c-broken")), "imported_people")).isEqualTo(1);
        assertThat(source.search(campaign, 0, 10).candidates()).extracting(ranked -> ranked.candidate().person().email())
                .containsExactly("kept@one.example");
        ResponseEntity<Map> rejectedReport = http.getForEntity(
                "/api/prospector/campaigns/c-broken/csv-imports/" + refused.getBody().get("importId"), Map.class);
        assertThat(rejectedReport.getBody()).containsEntry("status", "REJECTED").containsEntry("imported", 0);
    }

    @Test
    void shouldAnswerMalformedRequestsWithProblemDetails() {
        campaign("c-bad");
        String imports = "/api/prospector/campaigns/c-bad/csv-imports";

        assertProblem(post(imports, new LinkedMultiValueMap<>(Map.of("mapping", List.of("{}"))), Map.of()), HttpStatus.BAD_REQUEST,
                "No file");
        assertProblem(post(imports, file("empty.csv", ""), Map.of()), HttpStatus.BAD_REQUEST, "Empty file");
        assertProblem(post("/api/prospector/campaigns/nobody/csv-imports", file("p.csv", HEADER + "a@b.example,,,,,,\n"), Map.of()),
                HttpStatus.NOT_FOUND, "Not found");
        assertProblem(post(imports, file("p.csv", HEADER + "a@b.example,,,,,,\n"), Map.of("mapping", "{not json")),
                HttpStatus.BAD_REQUEST, "Invalid column mapping");
        ResponseEntity<Map> noEmail = post(imports, file("p.csv", HEADER + "a@b.example,,,,,,\n"),
                Map.of("mapping", "{\"First name\":\"firstName\"}"));
        assertProblem(noEmail, HttpStatus.BAD_REQUEST, "Invalid column mapping");
        assertThat(noEmail.getBody()).containsEntry("headers",
                List.of("E-mail", "First name", "Last name", "Job title", "Company", "Employees", "Country"));
        assertProblem(post(imports, file("p.csv", "Name,Company\nA,B\n"), Map.of()), HttpStatus.BAD_REQUEST,
                "Invalid column mapping");
        assertProblem(post(imports, file("p.csv", HEADER + "a@b.example,,,,,,\n"), Map.of("delimiter", "colon")),
                HttpStatus.BAD_REQUEST, "Invalid delimiter");
        byte[] latin1 = "Prénom,E-mail\nRené,rene@b.example\n".getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(post(imports, file("latin1.csv", latin1), Map.of()), HttpStatus.BAD_REQUEST, "Invalid CSV file");
        assertProblem(post(imports, file("big.csv", HEADER + "x".repeat(300 * 1024)), Map.of()), HttpStatus.PAYLOAD_TOO_LARGE,
                "File too large");
        assertProblem(http.getForEntity(imports + "/no-such-import", Map.class), HttpStatus.NOT_FOUND, "Not found");
        ResponseEntity<Map> json = http.exchange(imports, org.springframework.http.HttpMethod.POST,
                new HttpEntity<>("{}", jsonHeaders()), Map.class);
        assertThat(json.getStatusCode().is4xxClientError()).isTrue();

        assertThat(mongo.count(Query.query(Criteria.where("campaignId").is("c-bad")), "imported_people")).isZero();
        assertThat(http.getForObject(imports, List.class)).isEmpty();
    }

    @Test
    void shouldReportRowsThatAreNotUtf8OneByOneAndImportTheOthers() {
        campaign("c-utf8");
        byte[] good = (HEADER + "a@one.example,Zoë,D,CEO,One,10,FR\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "b@one.example,Ren\u00e9,D,CEO,One,10,FR\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = new byte[good.length + bad.length];
        System.arraycopy(good, 0, file, 0, good.length);
        System.arraycopy(bad, 0, file, good.length, bad.length);

        ResponseEntity<Map> created = post("/api/prospector/campaigns/c-utf8/csv-imports", file("mixed.csv", file), Map.of());

        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("imported", 1).containsEntry("rejected", 1)
                .containsEntry("malformedUtf8Sequences", 1);
        assertThat((List<Map<String, Object>>) created.getBody().get("errors")).singleElement()
                .satisfies(error -> assertThat(error).containsEntry("row", 3).containsEntry("column", "First name"));
    }

    private Campaign campaign(String campaignId) {
        Campaign campaign = new Campaign(campaignId, "w-" + campaignId, 1, CampaignStatus.PAUSED, SourceKind.CSV,
                TargetProfile.anyone(), 100);
        campaigns.saveSnapshot(campaign, false);
        return campaign;
    }

    private static void assertProblem(ResponseEntity<Map> response, HttpStatus status, String title) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("status", status.value()).containsEntry("title", title).containsKey("detail");
    }

    private ResponseEntity<Map> post(String path, MultiValueMap<String, Object> parts, Map<String, String> fields) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>(parts);
        fields.forEach(body::add);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    private static MultiValueMap<String, Object> file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static MultiValueMap<String, Object> file(String name, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return parts;
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
