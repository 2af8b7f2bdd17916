package io.opensdr.campaign.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.model.InsertManyOptions;
import io.opensdr.campaign.domain.Tally;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard and tracker endpoints with 1,000,000 prospects and 200,000 sent emails in one
 * workspace, through the real gateway (its jar, in a child JVM) and directly. Not part of the
 * build (its name ends in neither Test nor IT); run it with
 * <pre>
 * ./mvnw -pl gateway package -DskipTests
 * ./mvnw -pl campaign-service test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dbench.mongo=memory} uses mongo-java-server's in-memory backend instead of the local
 * stack's H2 backend (the default, the honest one); {@code -Dbench.prospects=} and
 * {@code -Dbench.requests=} change the sizes. The read models are loaded directly into MongoDB
 * (the facts documents the projection writes, and the counters it would have computed from them):
 * replaying a million events through Kafka would measure the projection, not the reads.
 */
class DashboardBenchmark extends CampaignBenchmark {

    private static final int PROSPECTS = Integer.getInteger("bench.prospects", 1_000_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 500);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    private static final String BACKEND = BenchMongo.BACKEND;
    private static final int CAMPAIGNS = 10;
    private static final int DAYS = 90;
    private static final String WORKSPACE = "demo-workspace";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) throws IOException {
        startMongo(properties, "dashboard-benchmark");
    }

    @Test
    void measureTheDashboardAndTrackerThroughTheGateway() throws Exception {
        String direct = direct();
        String token = http.signIn(direct);
        List<String> campaigns = new ArrayList<>();
        for (int i = 0; i < CAMPAIGNS; i++) {
            campaigns.add(http.createCampaign(direct, token, i));
        }
        Instant loadStart = Instant.now();
        long[] expected = load(campaigns);
        long loadSeconds = Duration.between(loadStart, Instant.now()).toSeconds();
        String through = http.startGateway(direct, "dashboard-benchmark-gateway.log");

        JsonNode dashboard = http.getJson(through + "/api/dashboard", token);
        assertThat(dashboard.at("/metricsBar/prospectsFound").asLong()).isEqualTo(PROSPECTS);
        assertThat(dashboard.at("/engagement/counts/emailsSent").asLong()).isEqualTo(expected[Tally.EMAILS_SENT.ordinal()]);
        assertThat(dashboard.at("/hotLeads")).isNotEmpty();

        String from90 = TODAY.minusDays(DAYS - 1).toString();
        List<BenchHttp.Row> rows = new ArrayList<>();
        rows.add(measure("GET /api/dashboard", "gateway", i -> through + "/api/dashboard", token));
        rows.add(measure("GET /api/dashboard/campaigns/{id}/tracker (30 days)", "gateway",
                i -> through + "/api/dashboard/campaigns/" + campaigns.get(i % CAMPAIGNS) + "/tracker", token));
        rows.add(measure("GET /api/dashboard/campaigns/{id}/tracker?from=&to= (90 days)", "gateway",
                i -> through + "/api/dashboard/campaigns/" + campaigns.get(i % CAMPAIGNS) + "/tracker?from=" + from90
                        + "&to=" + TODAY, token));
        rows.add(measure("GET /api/dashboard/campaigns/{id}", "gateway",
                i -> through + "/api/dashboard/campaigns/" + campaigns.get(i % CAMPAIGNS), token));
        rows.add(measure("GET /api/campaigns/{id}/metrics", "gateway",
                i -> through + "/api/campaigns/" + campaigns.get(i % CAMPAIGNS) + "/metrics", token));
        rows.add(measure("GET /api/dashboard", "direct", i -> direct + "/api/dashboard", token));
        rows.add(measure("GET /api/dashboard/campaigns/{id}/tracker (30 days)", "direct",
                i -> direct + "/api/dashboard/campaigns/" + campaigns.get(i % CAMPAIGNS) + "/tracker", token));

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "MongoDB: mongo-java-server 1.47.0, %s backend; %,d prospects, %,d emails"
                        + " sent (%,d prospects contacted), %d campaigns, %d days; loaded in %d s; %d sequential requests"
                        + " per row after %d warm-up requests%n%n",
                BACKEND.equals("memory") ? "in-memory" : "H2 (as the local stack)", PROSPECTS,
                expected[Tally.EMAILS_SENT.ordinal()], expected[Tally.PROSPECTS_CONTACTED.ordinal()], CAMPAIGNS, DAYS,
                loadSeconds, REQUESTS, WARM_UP));
        report.append(BenchHttp.Row.header());
        rows.forEach(row -> report.append(row.markdown()).append('\n'));
        System.out.println(report);
        Files.writeString(Path.of("target", "dashboard-benchmark-" + BACKEND + ".md"), report);
    }

    private BenchHttp.Row measure(String endpoint, String via, IntFunction<String> url, String token) throws Exception {
        return http.measure(endpoint, via, url, token, WARM_UP, REQUESTS, REQUESTS, Duration.ofDays(1));
    }

    /**
     * Writes the facts of every prospect as the projection stores them, and the counters the
     * projection would have kept (per campaign and workspace, all time and per day). Returns the
     * workspace's totals by {@link Tally} ordinal.
     */
    private long[] load(List<String> campaigns) {
        int tallies = Tally.values().length;
        long[][][] perDay = new long[CAMPAIGNS][DAYS][tallies];
        List<List<Document>> hot = new ArrayList<>();
        for (int c = 0; c < CAMPAIGNS; c++) {
            hot.add(new ArrayList<>());
        }
        var facts = mongo.getCollection("prospect_progress");
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < PROSPECTS; i++) {
            int c = i % CAMPAIGNS;
            int d = (i / CAMPAIGNS) % DAYS;
            LocalDate day = TODAY.minusDays(DAYS - 1 - d);
            Date at = Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
            int r = Math.floorMod(i * 7919 + 17, 1000);
            int s = Math.floorMod(i * 104_729 + 31, 100);
            long[] n = perDay[c][d];
            Document fact = new Document("_id", "bench-prospect-" + i).append("workspaceId", WORKSPACE)
                    .append("campaignId", campaigns.get(c)).append("found", true).append("v", 1L);
            n[Tally.PROSPECTS_FOUND.ordinal()]++;
            String qualification = r < 400 ? "QUALIFIED" : r < 500 ? "REVIEW" : "REJECTED";
            fact.append("qualification", qualification).append("qualifiedAt", at);
            n[(r < 400 ? Tally.QUALIFIED : r < 500 ? Tally.IN_REVIEW : Tally.REJECTED).ordinal()]++;
            boolean isHot = r < 20;
            fact.append("hot", isHot);
            if (isHot) {
                n[Tally.HOT.ordinal()]++;
                hot.get(c).add(new Document("prospectId", "bench-prospect-" + i).append("campaignId", campaigns.get(c))
                        .append("name", "Lead " + i).append("title", "VP Sales").append("company", "Company " + i)
                        .append("score", 85 + r % 15).append("at", at));
            }
            List<Integer> steps = new ArrayList<>();
            boolean meeting = false;
            if (r < 250) {
                fact.append("drafted", true);
                n[Tally.EMAILS_DRAFTED.ordinal()]++;
            }
            if (r < 200) {
                fact.append("approved", true);
                n[Tally.EMAILS_APPROVED.ordinal()]++;
            }
            if (r < 180) {
                fact.append("sent", true);
                n[Tally.PROSPECTS_CONTACTED.ordinal()]++;
                steps.add(1);
                if (r < 20) {
                    steps.add(2);
                }
                n[Tally.EMAILS_SENT.ordinal()] += steps.size();
                reach(fact, n, s < 95, "delivered", Tally.DELIVERED);
                reach(fact, n, s < 30, "opened", Tally.HUMAN_OPENS);
                reach(fact, n, s < 5, "clicked", Tally.CLICKS);
                reach(fact, n, s < 4, "replied", Tally.REPLIES);
                reach(fact, n, s >= 97, "bounced", Tally.BOUNCES);
                reach(fact, n, s == 96, "unsubscribed", Tally.UNSUBSCRIBES);
                meeting = s < 2;
                if (meeting) {
                    n[Tally.MEETINGS_BOOKED.ordinal()]++;
                    fact.append("meetingChangedAt", at);
                }
            }
            fact.append("sentSteps", steps).append("hasMeeting", meeting);
            batch.add(fact);
            if (batch.size() == 10_000) {
                facts.insertMany(batch, new InsertManyOptions().ordered(false));
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            facts.insertMany(batch, new InsertManyOptions().ordered(false));
        }
        long[] workspace = new long[tallies];
        long[][] workspaceDays = new long[DAYS][tallies];
        List<Document> workspaceHot = new ArrayList<>();
        List<Document> totals = new ArrayList<>();
        List<Document> daily = new ArrayList<>();
        for (int c = 0; c < CAMPAIGNS; c++) {
            long[] campaign = new long[tallies];
            for (int d = 0; d < DAYS; d++) {
                String day = TODAY.minusDays(DAYS - 1 - d).toString();
                daily.add(new Document("_id", "c:" + WORKSPACE + ":" + campaigns.get(c) + ":" + day)
                        .append("workspaceId", WORKSPACE).append("campaignId", campaigns.get(c)).append("day", day)
                        .append("n", counts(perDay[c][d])).append("v", 1L));
                for (int t = 0; t < tallies; t++) {
                    campaign[t] += perDay[c][d][t];
                    workspaceDays[d][t] += perDay[c][d][t];
                    workspace[t] += perDay[c][d][t];
                }
            }
            List<Document> leads = newest(hot.get(c));
            workspaceHot.addAll(leads);
            totals.add(new Document("_id", "c:" + WORKSPACE + ":" + campaigns.get(c)).append("workspaceId", WORKSPACE)
                    .append("campaignId", campaigns.get(c)).append("n", counts(campaign)).append("v", 1L)
                    .append("hotLeads", leads));
        }
        for (int d = 0; d < DAYS; d++) {
            String day = TODAY.minusDays(DAYS - 1 - d).toString();
            daily.add(new Document("_id", "w:" + WORKSPACE + ":" + day).append("workspaceId", WORKSPACE)
                    .append("day", day).append("n", counts(workspaceDays[d])).append("v", 1L));
        }
        totals.add(new Document("_id", "w:" + WORKSPACE).append("workspaceId", WORKSPACE).append("n", counts(workspace))
                .append("v", 1L).append("hotLeads", newest(workspaceHot)));
        mongo.getCollection("dashboard_totals").insertMany(totals);
        mongo.getCollection("dashboard_daily").insertMany(daily);
        return workspace;
    }

    private static void reach(Document fact, long[] n, boolean reached, String field, Tally tally) {
        if (reached) {
            fact.append(field, true);
            n[tally.ordinal()]++;
        }
    }

    private static List<Document> newest(List<Document> leads) {
        return leads.stream().sorted((a, b) -> b.get("at", Date.class).compareTo(a.get("at", Date.class))).limit(20).toList();
    }

    private static Document counts(long[] values) {
        Document n = new Document();
        for (Tally tally : Tally.values()) {
            if (values[tally.ordinal()] != 0) {
                n.append(tally.key(), values[tally.ordinal()]);
            }
        }
        return n;
    }
}
