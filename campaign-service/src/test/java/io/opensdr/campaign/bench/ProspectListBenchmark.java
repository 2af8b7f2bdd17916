package io.opensdr.campaign.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.InsertManyOptions;
import io.opensdr.campaign.persistence.ProspectListBackfill;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The prospect list ({@code GET /api/prospects}) with 1,000,000 prospects in one workspace, each
 * filter alone (status, score range, hot, source, campaign), all of them together, and deep keyset
 * pages (a cursor half-way through the list), through the real gateway and directly. Not part of
 * the build (its name ends in neither Test nor IT); run it with
 * <pre>
 * ./mvnw -pl gateway package -DskipTests
 * ./mvnw -pl campaign-service test -Dtest=ProspectListBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dbench.mongo=memory} uses mongo-java-server's in-memory backend instead of the local
 * stack's H2 backend; {@code -Dbench.prospects=}, {@code -Dbench.requests=} (per row, default 200),
 * {@code -Dbench.quick=true} (three rows only), {@code -Dbench.row-seconds=} (time budget per row, default 30) and {@code -Dbench.min-requests=} (a row gets at
 * least these, default 20 with 5 warm-up requests, {@code -Dbench.warmup=})
 * change the sizes. The prospects read model is written directly into MongoDB, as the projection of
 * ProspectFound and ProspectQualified stores it (replaying two million events would measure the
 * projection, not the list), then given its places in the prospect list by the service's own
 * start-up back-fill, timed. Every answer measured is also checked against the data loaded (the
 * filter holds on each item, pages follow each other, the deep page starts where it should).
 */
class ProspectListBenchmark extends CampaignBenchmark {

    private static final int PROSPECTS = Integer.getInteger("bench.prospects", 1_000_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 200);
    private static final int MINIMUM = Integer.getInteger("bench.min-requests", 20);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 5);
    private static final Duration ROW_BUDGET = Duration.ofSeconds(Integer.getInteger("bench.row-seconds", 30));
    private static final String BACKEND = BenchMongo.BACKEND;
    /** Only the first page, hot=true and a deep page: for a store where each page takes seconds. */
    private static final boolean QUICK = Boolean.getBoolean("bench.quick");
    private static final int CAMPAIGNS = 10;
    private static final int MEASURED_CAMPAIGN = 3;
    private static final String WORKSPACE = "demo-workspace";
    private static final int PAGE = 50;
    /** Two prospects share each creation time, so pages also continue inside a tie (by id). */
    private static final long SPACING_MS = Duration.ofDays(90).toMillis() / PROSPECTS * 2;
    private static final Instant FIRST = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(90));

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) throws IOException {
        startMongo(properties, "prospect-list-benchmark");
    }

    @Autowired ProspectListBackfill backfill;

    private final List<String> campaigns = new ArrayList<>();

    @Test
    void measureTheProspectListThroughTheGateway() throws Exception {
        String direct = direct();
        String token = http.signIn(direct);
        for (int i = 0; i < CAMPAIGNS; i++) {
            campaigns.add(http.createCampaign(direct, token, i));
        }
        Instant loadStart = Instant.now();
        load();
        long loadSeconds = Duration.between(loadStart, Instant.now()).toSeconds();
        Instant listStart = Instant.now();
        assertThat(backfill.run()).isEqualTo(PROSPECTS);
        long listSeconds = Duration.between(listStart, Instant.now()).toSeconds();
        String through = http.startGateway(direct, "prospect-list-benchmark-gateway.log");
        String campaign = campaigns.get(MEASURED_CAMPAIGN);
        int middle = PROSPECTS / 2;

        List<Case> cases = List.of(
                new Case("", "", i -> true),
                new Case("status=QUALIFIED", "status=QUALIFIED", i -> status(i).equals("QUALIFIED")),
                new Case("status=REVIEW", "status=REVIEW", i -> status(i).equals("REVIEW")),
                new Case("minScore=70&maxScore=90", "minScore=70&maxScore=90",
                        i -> score(i) != null && score(i) >= 70 && score(i) <= 90),
                new Case("hot=true", "hot=true", ProspectListBenchmark::hot),
                new Case("hot=false", "hot=false", i -> !hot(i)),
                new Case("source=ROCKETREACH", "source=ROCKETREACH", i -> source(i).equals("ROCKETREACH")),
                new Case("campaignId={id}", "campaignId=" + campaign, i -> i % CAMPAIGNS == MEASURED_CAMPAIGN),
                new Case("campaignId={id}&status=QUALIFIED&minScore=75&hot=true&source=CSV",
                        "campaignId=" + campaign + "&status=QUALIFIED&minScore=75&hot=true&source=CSV",
                        i -> i % CAMPAIGNS == MEASURED_CAMPAIGN && status(i).equals("QUALIFIED") && score(i) >= 75 && hot(i)
                                && source(i).equals("CSV")));
        // Checked directly: the gateway gives up on a page after 10 s (opensdr.gateway.timeouts.campaign).
        for (Case each : QUICK ? List.of(cases.get(0), cases.get(4)) : cases) {
            check(each, direct, token, PROSPECTS);
            check(each, direct, token, middle);
        }
        checkNextFollows(cases.get(0), direct, token, middle);
        checkNextFollows(cases.get(4), direct, token, middle);

        List<BenchHttp.Row> rows = new ArrayList<>();
        for (Case each : QUICK ? List.of(cases.get(0), cases.get(4)) : cases) {
            rows.add(http.measure(each.endpoint(), "gateway",
                    i -> through + "/api/prospects" + each.query(null), token, WARM_UP, REQUESTS, MINIMUM, ROW_BUDGET));
        }
        // Deep pages: a cursor at 40-60 % of the list (page 8,000 to 12,000 of 50), a different one per request.
        for (Case each : QUICK ? List.of(cases.get(0)) : List.of(cases.get(0), cases.get(1), cases.get(4), cases.get(3))) {
            rows.add(http.measure(each.endpoint() + " after a cursor half-way", "gateway",
                    i -> through + "/api/prospects" + each.query(cursorAt(deep(i))), token, WARM_UP, REQUESTS, MINIMUM,
                    ROW_BUDGET));
        }
        rows.add(http.measure("GET /api/prospects", "direct",
                i -> direct + "/api/prospects", token, WARM_UP, REQUESTS, MINIMUM, ROW_BUDGET));
        rows.add(http.measure("GET /api/prospects after a cursor half-way", "direct",
                i -> direct + "/api/prospects?after=" + cursorAt(deep(i)), token, WARM_UP, REQUESTS, MINIMUM, ROW_BUDGET));

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "MongoDB: mongo-java-server 1.47.0, %s backend; %,d prospects in one"
                        + " workspace, %d campaigns, 90 days; loaded in %d s, listed by the back-fill in %d s; pages of %d; per"
                        + " row %d warm-up requests, then up to %d sequential requests within %d s (at least %d)%n%n",
                BACKEND.equals("memory") ? "in-memory" : "H2 (as the local stack)", PROSPECTS, CAMPAIGNS, loadSeconds, listSeconds,
                PAGE, WARM_UP, REQUESTS, ROW_BUDGET.toSeconds(), MINIMUM));
        report.append(BenchHttp.Row.header());
        rows.forEach(row -> report.append(row.markdown()).append('\n'));
        System.out.println(report);
        Files.writeString(Path.of("target", "prospect-list-benchmark-" + BACKEND + ".md"), report);
    }

    /** One filter: its query string and which generated prospects it must return. */
    private record Case(String label, String parameters, IntPredicate matches) {

        /** The cursor after prospect {@code i}: a position in the campaign's list when the filter names one. */
        String cursorAfter(int i) {
            return parameters.contains("campaignId=") ? campaignCursorAt(i) : cursorAt(i);
        }

        String endpoint() {
            return "GET /api/prospects" + (label.isEmpty() ? "" : "?" + label);
        }

        String query(String after) {
            List<String> parts = new ArrayList<>();
            if (!parameters.isEmpty()) {
                parts.add(parameters);
            }
            if (after != null) {
                parts.add("after=" + after);
            }
            return parts.isEmpty() ? "" : "?" + String.join("&", parts);
        }
    }

    /**
     * The page after prospect {@code before} (exclusive; PROSPECTS for the first page) is exactly the
     * expected one, following {@code next} over short pages when the filter is rare.
     */
    private void check(Case each, String base, String token, int before) throws Exception {
        JsonNode page = http.getJson(base + "/api/prospects" + each.query(before == PROSPECTS ? null : each.cursorAfter(before)), token);
        List<String> found = new ArrayList<>(ids(page));
        int requests = 1;
        while (found.size() < PAGE && page.hasNonNull("next")) {
            page = http.getJson(base + "/api/prospects" + each.query(page.path("next").asText()), token);
            found.addAll(ids(page));
            requests++;
        }
        List<String> expected = expected(each, before);
        assertThat(found.subList(0, Math.min(found.size(), expected.size()))).as(each.label() + " after " + before)
                .isEqualTo(expected);
        if (requests > 1) {
            System.out.printf(Locale.ROOT, "%s after %d: %d requests for the first %d%n", each.label(), before, requests, PAGE);
        }
    }

    /** Following {@code next} from the page after {@code before} gives the page after its last item. */
    private void checkNextFollows(Case each, String base, String token, int before) throws Exception {
        JsonNode page = http.getJson(base + "/api/prospects" + each.query(cursorAt(before)), token);
        List<String> first = ids(page);
        int last = Integer.parseInt(first.get(first.size() - 1).substring("bench-prospect-".length()));
        if (!page.hasNonNull("next")) {
            // The end of the list (a small -Dbench.prospects): nothing may come after it.
            assertThat(expected(each, last)).as(each.label() + " after the last page").isEmpty();
            return;
        }
        JsonNode second = http.getJson(base + "/api/prospects" + each.query(page.path("next").asText()), token);
        assertThat(ids(second)).as(each.label() + " next after " + before).isEqualTo(expected(each, last));
    }

    private static List<String> expected(Case each, int before) {
        List<String> ids = new ArrayList<>();
        for (int i = before - 1; i >= 0 && ids.size() < PAGE; i--) {
            if (each.matches().test(i)) {
                ids.add(id(i));
            }
        }
        return ids;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static int deep(int request) {
        return (int) (PROSPECTS * 0.4 + Math.floorMod(request * 7919L, PROSPECTS / 5));
    }

    /**
     * The cursor the API gives after prospect {@code i} in the workspace's list: its position, which
     * is {@code i}, as the back-fill lists the prospects in creation order (as ProspectPage encodes it).
     */
    private static String cursorAt(int i) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("p1:" + i).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The same in campaign {@value #MEASURED_CAMPAIGN}'s list, where prospect i (i % CAMPAIGNS ==
     * {@value #MEASURED_CAMPAIGN}) is at position i / CAMPAIGNS: the position after which come the
     * campaign's prospects below {@code i}.
     */
    private static String campaignCursorAt(int i) {
        int position = (i - MEASURED_CAMPAIGN + CAMPAIGNS - 1) / CAMPAIGNS;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("p1:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "bench-prospect-%07d", i);
    }

    private static Instant createdAt(int i) {
        return FIRST.plusMillis(i / 2 * SPACING_MS);
    }

    /** A well-mixed number from 0 to {@code bound - 1} for prospect {@code i}, independent per {@code salt}. */
    private static int mix(int i, long salt, int bound) {
        long h = (i + salt) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) Math.floorMod(h ^ (h >>> 32), (long) bound);
    }

    private static int r(int i) {
        return mix(i, 1, 1000);
    }

    /** 5 % pending (not scored yet), 2 % hot, 38 % qualified, 10 % in review, 45 % rejected. */
    private static String status(int i) {
        int r = r(i);
        return r < 50 ? "PENDING" : r < 450 ? "QUALIFIED" : r < 550 ? "REVIEW" : "REJECTED";
    }

    private static Integer score(int i) {
        int r = r(i);
        int s = mix(i, 2, 1000);
        if (r < 50) {
            return null;
        }
        if (r < 70) {
            return 81 + s % 19;
        }
        if (r < 450) {
            return 66 + s % 15;
        }
        if (r < 550) {
            return 55 + s % 11;
        }
        return s % 55;
    }

    private static boolean hot(int i) {
        int r = r(i);
        return r >= 50 && r < 70;
    }

    /** 60 % demo directory, 30 % CSV, 10 % RocketReach. */
    private static String source(int i) {
        int s = mix(i, 3, 100);
        return s < 60 ? "DEMO" : s < 90 ? "CSV" : "ROCKETREACH";
    }

    /** Writes the prospects read model as MongoProspectStore's updates leave it. */
    private void load() {
        var prospects = mongo.getCollection("prospects");
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < PROSPECTS; i++) {
            Date created = Date.from(createdAt(i));
            Document person = new Document("firstName", "Lead").append("lastName", "Number " + i)
                    .append("email", "lead" + i + "@company" + i % 5000 + ".example").append("title", "VP Sales")
                    .append("companyName", "Company " + i % 5000).append("companyDomain", "company" + i % 5000 + ".example")
                    .append("industry", "Software").append("timeZone", "Europe/Paris");
            Document prospect = new Document("_id", id(i)).append("workspaceId", WORKSPACE)
                    .append("campaignId", campaigns.get(i % CAMPAIGNS)).append("source", source(i))
                    .append("person", person).append("createdAt", created).append("status", status(i));
            Integer score = score(i);
            if (score != null) {
                Date decided = Date.from(createdAt(i).plusSeconds(2));
                prospect.append("bant", new Document("score", score)
                                .append("budget", criterion(score, "Series B, 200-500 employees"))
                                .append("authority", criterion(score, "VP: decision maker"))
                                .append("need", criterion(score, "Software, as the campaign targets"))
                                .append("timeline", criterion(score, "Hiring sales people this month"))
                                .append("threshold", 60).append("decision", status(i)).append("hot", hot(i))
                                .append("contactable", true).append("decidedAt", decided))
                        .append("score", score).append("hot", hot(i))
                        .append("signals", List.of(new Document("type", "HIRING").append("observedAt", decided)
                                .append("detail", "3 open sales roles")));
            }
            batch.add(prospect);
            if (batch.size() == 10_000) {
                prospects.insertMany(batch, new InsertManyOptions().ordered(false));
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            prospects.insertMany(batch, new InsertManyOptions().ordered(false));
        }
    }

    private static Document criterion(int score, String reason) {
        return new Document("score", score / 4).append("reason", reason);
    }
}
