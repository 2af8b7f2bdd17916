package io.opensdr.qualifier.domain;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What a job title says, in English, French, German or Spanish: how senior its holder is, which
 * function they work in, and whether they run the whole business. Titles reach the qualifier as
 * sources and CSV files give them ("RSSI", "Gérant", "Vertriebsleiter", "Directeur des Ventes"),
 * so synonyms of one function are read as that function ("ventes", "vertrieb" and "revenue" are
 * all sales). Patterns are compiled once; reading a title allocates a few small lists.
 */
final class JobTitles {

    /** Unicode-aware word boundaries: "gérant" and "sécurité" are words, not fragments. */
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** People who run the whole business (or own it): they decide across functions. */
    private static final Pattern GENERAL_EXECUTIVE = Pattern.compile(
            "\\b(ceo|founder|co-founder|cofounder|owner|president|managing director|general manager|pdg|"
                    + "g[ée]rante?|co-g[ée]rante?|propri[ée]taire|inhaber(in)?|gesch[äa]ftsf[üu]hrer(in)?|"
                    + "directeur g[ée]n[ée]ral|directrice g[ée]n[ée]rale|director general|directora general|"
                    + "administrateur d[ée]l[ée]gu[ée])\\b", FLAGS);
    private static final Pattern C_LEVEL = Pattern.compile(
            "\\b(cto|cfo|coo|cmo|cro|cio|ciso|cpo|chief|partner|rssi)\\b", FLAGS);
    private static final Pattern VP = Pattern.compile("\\b(vp|svp|evp|vice[- ]president|vice-pr[ée]sident)\\b", FLAGS);
    private static final Pattern DIRECTOR = Pattern.compile(
            "\\b(director|directeur|directrice|direktor(in)?|directora)\\b", FLAGS);
    /** "Leiter" is also the end of German compounds: Vertriebsleiter, Personalleiterin. */
    private static final Pattern HEAD = Pattern.compile("(\\bhead\\b|leiter(in)?\\b|\\bresponsable\\b|\\bjef[ea]\\b)", FLAGS);
    private static final Pattern MANAGER = Pattern.compile("\\b(manager|lead|team lead|supervisor|managerin)\\b", FLAGS);

    /**
     * Function words of several languages, by the function they name. A word also matches when it
     * starts a compound ("vertriebsleiter" is sales, "informationssicherheit" security).
     */
    private static final Map<String, List<String>> FUNCTIONS = Map.of(
            "sales", List.of("sales", "vente", "ventes", "commercial", "commerciale", "vertrieb", "ventas", "comercial",
                    "revenue", "cro", "business development"),
            "security", List.of("security", "s\u00e9curit\u00e9", "securite", "cybers\u00e9curit\u00e9",
                    "cybersecurite", "cybersecurity", "cyber", "infosec", "sicherheit", "informationssicherheit",
                    "seguridad", "ciso", "rssi", "ssi"),
            "operations", List.of("operations", "op\u00e9rations", "operaciones", "logistics", "logistique", "logistik",
                    "transport", "fleet", "flotte", "supply", "coo", "betrieb"),
            "people", List.of("people", "hr", "rh", "human", "personnel", "personal", "talent", "ressources",
                    "recursos"),
            "marketing", List.of("marketing", "cmo", "brand", "growth"),
            "finance", List.of("finance", "financial", "cfo", "financier", "finanzen", "comptable", "accounting",
                    "controller", "treasury"),
            "technology", List.of("cto", "engineering", "technology", "technical", "cio", "it", "informatique",
                    "software", "infrastructure"),
            "risk", List.of("risk", "risque", "risques", "risiko", "riesgo", "compliance", "conformit\u00e9"),
            "administration", List.of("administratif", "administrative", "administration", "admin",
                    "office manager", "verwaltung"));

    /**
     * Functions next to the one a campaign targets that often co-own its purchase (the labelling
     * guide's "adjacent function": IT or risk for security, the finance or office manager who runs
     * payroll in a small business): a human checks whether they are the entry point.
     */
    private static final Map<String, Set<String>> ADJACENT = Map.of(
            "security", Set.of("technology", "risk"),
            "people", Set.of("finance", "administration"));

    /** The functions of campaigns' titles, computed once per list of titles (every prospect asks). Bounded. */
    private static final Map<List<String>, Set<String>> CAMPAIGN_FUNCTIONS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 1_000;

    private JobTitles() {
    }

    /** The seniority a job title states; INDIVIDUAL_CONTRIBUTOR when it states none. */
    static Seniority seniorityOf(String title) {
        String text = title.toLowerCase(Locale.ROOT);
        if (VP.matcher(text).find()) {
            return Seniority.VP; // before C-level: "Vice President" contains "president"
        }
        if (GENERAL_EXECUTIVE.matcher(text).find() || C_LEVEL.matcher(text).find()) {
            return Seniority.C_LEVEL;
        }
        if (DIRECTOR.matcher(text).find()) {
            return Seniority.DIRECTOR;
        }
        if (HEAD.matcher(text).find()) {
            return Seniority.HEAD;
        }
        if (MANAGER.matcher(text).find()) {
            return Seniority.MANAGER;
        }
        return Seniority.INDIVIDUAL_CONTRIBUTOR;
    }

    /** The campaign's functions this title's functions sit next to, or empty. */
    static Set<String> adjacentFunctions(Set<String> titleFunctions, Set<String> campaignFunctions) {
        Set<String> adjacent = new LinkedHashSet<>();
        for (String targeted : campaignFunctions) {
            Set<String> next = ADJACENT.getOrDefault(targeted, Set.of());
            titleFunctions.stream().filter(next::contains).forEach(adjacent::add);
        }
        return adjacent;
    }

    /** Whether the title is that of someone running the whole business (CEO, founder, gérant...). */
    static boolean isGeneralExecutive(String title) {
        if (title == null) {
            return false;
        }
        String text = title.toLowerCase(Locale.ROOT);
        return !VP.matcher(text).find() && GENERAL_EXECUTIVE.matcher(text).find(); // a vice-president runs a function
    }

    private static final List<String> PRIORITY = List.of("sales", "security", "people", "operations", "marketing",
            "finance", "technology");

    /**
     * The functions a campaign's titles target, one per title: its main function ("Head of Revenue
     * Operations" is sales); a title naming no known function adds its own non-rank words.
     */
    static Set<String> campaignFunctions(TargetProfile profile) {
        Set<String> known = CAMPAIGN_FUNCTIONS.get(profile.titles());
        if (known != null) {
            return known;
        }
        if (CAMPAIGN_FUNCTIONS.size() >= MAX_REMEMBERED) {
            CAMPAIGN_FUNCTIONS.clear();
        }
        Set<String> computed = Collections.unmodifiableSet(functionsOfCampaign(profile));
        CAMPAIGN_FUNCTIONS.put(List.copyOf(profile.titles()), computed);
        return computed;
    }

    private static Set<String> functionsOfCampaign(TargetProfile profile) {
        Set<String> targeted = new LinkedHashSet<>();
        for (String title : profile.titles()) {
            Set<String> functions = functionsOf(title);
            PRIORITY.stream().filter(functions::contains).findFirst().ifPresent(targeted::add);
        }
        return targeted;
    }

    /** Whether the campaign's titles name the people who run a business (founder, CEO, gérant). */
    static boolean targetsGeneralExecutives(TargetProfile profile) {
        return profile.titles().stream().anyMatch(JobTitles::isGeneralExecutive);
    }

    /** The functions a title names (sales, security, operations, people, marketing, finance, technology). */
    /** A word of the title is the synonym, or (6 letters and more) starts with it: a loop, as every prospect asks. */
    private static boolean namedBy(List<String> words, String synonym) {
        for (String word : words) {
            if (word.equals(synonym) || synonym.length() >= 6 && word.startsWith(synonym)) {
                return true;
            }
        }
        return false;
    }

    static Set<String> functionsOf(String title) {
        Set<String> found = new LinkedHashSet<>();
        if (title == null) {
            return found;
        }
        List<String> words = TargetProfile.words(title);
        String text = String.join(" ", words);
        for (Map.Entry<String, List<String>> function : FUNCTIONS.entrySet()) {
            for (String synonym : function.getValue()) {
                if (synonym.contains(" ") ? (" " + text + " ").contains(" " + synonym + " ") : namedBy(words, synonym)) {
                    found.add(function.getKey());
                    break;
                }
            }
        }
        return found;
    }
}
