package io.opensdr.qualifier.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The labelled prospects and their campaigns, read from {@code campaigns.json} and the JSON Lines
 * file each campaign names (format: {@code src/test/resources/evaluation/README.md}). Loading
 * validates every record and reports every problem at once, each with its file, line and id.
 */
public record LabelledSet(Instant evaluationDate, String workspaceId, List<EvaluationCampaign> campaigns,
                          List<LabelledProspect> prospects) {

    public static final String CLASSPATH_FOLDER = "evaluation/";
    public static final String CAMPAIGNS_FILE = "campaigns.json";

    /** The values ProspectFound allows (schemas: ProspectFound.avsc). */
    static final Set<String> SENIORITIES = Set.of("C_LEVEL", "VP", "DIRECTOR", "HEAD", "MANAGER",
            "INDIVIDUAL_CONTRIBUTOR", "UNKNOWN");
    static final Set<String> EMAIL_GRADES = Set.of("VALID", "ACCEPT_ALL", "UNKNOWN", "INVALID", "MISSING");
    static final Set<String> SIGNAL_TYPES = Set.of("FUNDING", "HIRING", "JOB_CHANGE", "POST", "WEBSITE_UPDATE", "OTHER");

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SIZE = Pattern.compile("\\d{1,9}\\s*-\\s*\\d{1,9}|\\d{1,9}\\s*\\+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_PROBLEMS_SHOWN = 30;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(new JavaTimeModule())
            .build();

    public LabelledSet {
        campaigns = List.copyOf(campaigns);
        prospects = List.copyOf(prospects);
    }

    /** Where the set's files are read from. */
    @FunctionalInterface
    public interface Source {

        /** The named file; throws FileNotFoundException when there is none. */
        InputStream open(String name) throws IOException;

        static Source classpath() {
            return name -> {
                InputStream in = LabelledSet.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + name);
                if (in == null) {
                    throw new FileNotFoundException("no " + CLASSPATH_FOLDER + name + " on the test classpath");
                }
                return in;
            };
        }

        static Source directory(Path folder) {
            return name -> Files.newInputStream(folder.resolve(name));
        }
    }

    /** The set kept in the repository (src/test/resources/evaluation). */
    public static LabelledSet load() {
        return load(Source.classpath());
    }

    public static LabelledSet load(Source source) {
        Problems problems = new Problems();
        CampaignsFile file = readCampaigns(source);
        validateHeader(file, problems);
        Map<String, EvaluationCampaign> campaigns = new LinkedHashMap<>();
        for (EvaluationCampaign campaign : file.campaigns() == null ? List.<EvaluationCampaign>of() : file.campaigns()) {
            validateCampaign(campaign, problems);
            if (campaign != null && campaign.id() != null && campaigns.putIfAbsent(campaign.id(), campaign) != null) {
                problems.add(CAMPAIGNS_FILE, "campaign id " + campaign.id() + " is used twice");
            }
        }
        List<LabelledProspect> prospects = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (EvaluationCampaign campaign : campaigns.values()) {
            if (campaign.prospectsFile() == null || campaign.prospectsFile().isBlank()) {
                continue;
            }
            readProspects(source, campaign, problems, prospects, ids);
        }
        problems.throwIfAny();
        return new LabelledSet(file.evaluationDate(), file.workspaceId(), List.copyOf(campaigns.values()), prospects);
    }

    public EvaluationCampaign campaign(String id) {
        return campaigns.stream().filter(campaign -> campaign.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no campaign " + id + " in the labelled set"));
    }

    /** The JSON shape of campaigns.json. */
    record CampaignsFile(Instant evaluationDate, String workspaceId, List<EvaluationCampaign> campaigns) {
    }

    private static CampaignsFile readCampaigns(Source source) {
        try (InputStream in = source.open(CAMPAIGNS_FILE)) {
            return JSON.readValue(in, CampaignsFile.class);
        } catch (JsonProcessingException e) {
            throw new InvalidLabelledSetException(CAMPAIGNS_FILE + ": not the expected JSON: " + firstLine(e.getOriginalMessage()));
        } catch (FileNotFoundException | java.nio.file.NoSuchFileException e) {
            throw new InvalidLabelledSetException(CAMPAIGNS_FILE + " is missing: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void validateHeader(CampaignsFile file, Problems problems) {
        if (file.evaluationDate() == null) {
            problems.add(CAMPAIGNS_FILE, "evaluationDate is missing (an ISO instant such as 2026-01-15T09:00:00Z)");
        }
        if (isBlank(file.workspaceId())) {
            problems.add(CAMPAIGNS_FILE, "workspaceId is missing");
        }
        if (file.campaigns() == null || file.campaigns().isEmpty()) {
            problems.add(CAMPAIGNS_FILE, "no campaigns");
        }
    }

    private static void validateCampaign(EvaluationCampaign campaign, Problems problems) {
        if (campaign == null) {
            problems.add(CAMPAIGNS_FILE, "a campaign is null");
            return;
        }
        String where = CAMPAIGNS_FILE + " (" + campaign.id() + ")";
        requireText(campaign.id(), "id", where, problems);
        requireText(campaign.name(), "name", where, problems);
        requireText(campaign.sector(), "sector", where, problems);
        requireText(campaign.description(), "description", where, problems);
        requireText(campaign.prospectsFile(), "prospectsFile", where, problems);
        EvaluationCampaign.Profile profile = campaign.targetProfile();
        if (profile == null || profile.titles() == null || profile.seniorities() == null || profile.industries() == null
                || profile.companySizes() == null || profile.countries() == null) {
            problems.add(where, "targetProfile needs titles, seniorities, industries, companySizes and countries (lists, empty for any)");
        } else {
            profile.seniorities().stream().filter(seniority -> !SENIORITIES.contains(seniority))
                    .forEach(seniority -> problems.add(where, "unknown seniority " + seniority));
            profile.companySizes().stream().filter(size -> size == null || !SIZE.matcher(size.trim()).matches())
                    .forEach(size -> problems.add(where, "company size " + size + " is not a range such as 51-200 or 1000+"));
            profile.countries().stream().filter(country -> country == null || !COUNTRY.matcher(country).matches())
                    .forEach(country -> problems.add(where, "country " + country + " is not an ISO 3166-1 alpha-2 code"));
        }
        EvaluationCampaign.Qualification q = campaign.qualification();
        if (q == null || q.threshold() == null || q.reviewBand() == null || q.hotScore() == null || q.budgetWeight() == null
                || q.authorityWeight() == null || q.needWeight() == null || q.timelineWeight() == null) {
            problems.add(where, "qualification needs threshold, reviewBand, hotScore and the four weights");
        } else {
            if (q.threshold() < 0 || q.threshold() > 100 || q.hotScore() < 0 || q.hotScore() > 100) {
                problems.add(where, "threshold and hotScore are 0-100");
            }
            if (q.reviewBand() < 0 || q.reviewBand() > 50) {
                problems.add(where, "reviewBand is 0-50");
            }
            if (q.budgetWeight() < 0 || q.authorityWeight() < 0 || q.needWeight() < 0 || q.timelineWeight() < 0
                    || q.budgetWeight() + q.authorityWeight() + q.needWeight() + q.timelineWeight() == 0) {
                problems.add(where, "weights are not negative and at least one is above zero");
            }
        }
    }

    private static void readProspects(Source source, EvaluationCampaign campaign, Problems problems,
                                      List<LabelledProspect> prospects, Set<String> ids) {
        String file = campaign.prospectsFile();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(source.open(file), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + number;
                LabelledProspect prospect;
                try {
                    prospect = JSON.readValue(line, LabelledProspect.class);
                } catch (JsonProcessingException e) {
                    problems.add(where, "not a valid record: " + firstLine(e.getOriginalMessage()));
                    continue;
                }
                if (prospect == null) {
                    problems.add(where, "null record");
                    continue;
                }
                String located = where + " (" + prospect.id() + ")";
                int before = problems.count();
                validateProspect(prospect, campaign, located, problems);
                if (prospect.id() != null && !ids.add(prospect.id())) {
                    problems.add(located, "id " + prospect.id() + " is used twice");
                }
                if (problems.count() == before) {
                    prospects.add(prospect);
                }
            }
        } catch (FileNotFoundException | java.nio.file.NoSuchFileException e) {
            problems.add(CAMPAIGNS_FILE + " (" + campaign.id() + ")", "prospectsFile " + file + " is missing");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void validateProspect(LabelledProspect p, EvaluationCampaign campaign, String where, Problems problems) {
        requireText(p.id(), "id", where, problems);
        if (!campaign.id().equals(p.campaignId())) {
            problems.add(where, "campaignId " + p.campaignId() + " is not the campaign of this file (" + campaign.id() + ")");
        }
        if (p.label() == null) {
            problems.add(where, "label is missing (QUALIFIED, REVIEW or REJECTED)");
        }
        requireText(p.reasoning(), "reasoning", where, problems);
        if (p.tags() == null || p.tags().isEmpty() || p.tags().stream().anyMatch(LabelledSet::isBlank)) {
            problems.add(where, "tags need at least one non-blank tag");
        }
        LabelledProspect.PersonData person = p.person();
        if (person == null) {
            problems.add(where, "person is missing");
        } else {
            requireText(person.firstName(), "person.firstName", where, problems);
            requireText(person.lastName(), "person.lastName", where, problems);
            if (person.title() != null && person.title().isBlank()) {
                problems.add(where, "person.title is blank: write null when the title is unknown");
            }
            if (!SENIORITIES.contains(person.seniority())) {
                problems.add(where, "person.seniority " + person.seniority() + " is not one of " + SENIORITIES);
            }
            if (!EMAIL_GRADES.contains(person.emailGrade())) {
                problems.add(where, "person.emailGrade " + person.emailGrade() + " is not one of " + EMAIL_GRADES);
            } else if ("MISSING".equals(person.emailGrade()) != (person.email() == null)) {
                problems.add(where, "person.email is null exactly when emailGrade is MISSING");
            }
            if (person.email() != null && !EMAIL.matcher(person.email()).matches()) {
                problems.add(where, "person.email " + person.email() + " is not an address");
            }
            requireCountry(person.countryCode(), "person.countryCode", where, problems);
        }
        LabelledProspect.CompanyData company = p.company();
        if (company == null) {
            problems.add(where, "company is missing");
        } else {
            requireText(company.name(), "company.name", where, problems);
            if (company.employeeCount() != null && company.employeeCount() < 1) {
                problems.add(where, "company.employeeCount is at least 1 (or null when unknown)");
            }
            if (company.annualRevenueUsd() != null && company.annualRevenueUsd() < 0) {
                problems.add(where, "company.annualRevenueUsd is not negative (or null when unknown)");
            }
            if (company.industry() != null && company.industry().isBlank()) {
                problems.add(where, "company.industry is blank: write null when unknown");
            }
            requireCountry(company.countryCode(), "company.countryCode", where, problems);
        }
        if (p.signals() == null) {
            problems.add(where, "signals is missing (an empty list when there are none)");
        } else {
            for (LabelledProspect.SignalData signal : p.signals()) {
                if (signal == null || !SIGNAL_TYPES.contains(signal.type())) {
                    problems.add(where, "signal type " + (signal == null ? null : signal.type()) + " is not one of " + SIGNAL_TYPES);
                } else if (signal.daysAgo() == null || signal.daysAgo() < 0 || signal.daysAgo() > 36_500) {
                    problems.add(where, "signal daysAgo is 0-36500, not " + signal.daysAgo());
                } else if (isBlank(signal.detail())) {
                    problems.add(where, "signal detail is missing");
                }
            }
        }
    }

    private static void requireText(String value, String field, String where, Problems problems) {
        if (isBlank(value)) {
            problems.add(where, field + " is missing");
        }
    }

    private static void requireCountry(String value, String field, String where, Problems problems) {
        if (value != null && !COUNTRY.matcher(value).matches()) {
            problems.add(where, field + " " + value + " is not an ISO 3166-1 alpha-2 code");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Every problem found, so that one run shows them all. */
    private static final class Problems {

        private final List<String> all = new ArrayList<>();

        void add(String where, String problem) {
            all.add(where + ": " + problem);
        }

        int count() {
            return all.size();
        }

        void throwIfAny() {
            if (all.isEmpty()) {
                return;
            }
            StringBuilder message = new StringBuilder("The labelled set has " + all.size() + " problem(s):");
            all.stream().limit(MAX_PROBLEMS_SHOWN).forEach(problem -> message.append("\n  ").append(problem));
            if (all.size() > MAX_PROBLEMS_SHOWN) {
                message.append("\n  ... and ").append(all.size() - MAX_PROBLEMS_SHOWN).append(" more");
            }
            throw new InvalidLabelledSetException(message.toString());
        }
    }

    /** The set's files break its format; the message lists every problem with its file and line. */
    public static class InvalidLabelledSetException extends RuntimeException {

        public InvalidLabelledSetException(String message) {
            super(message);
        }
    }
}
