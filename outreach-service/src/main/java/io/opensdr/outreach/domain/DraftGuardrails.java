package io.opensdr.outreach.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks every draft passes before a human sees it, whoever wrote it. A draft passes when
 * {@link #check} finds nothing:
 * <ul>
 *   <li>no unresolved merge field or placeholder ({@code {{firstName}}}, {@code [Name]},
 *       {@code <company>}, {@code %FIRST_NAME%}, {@code ${x}}...);</li>
 *   <li>no fact about the prospect that is not in their data: every number, every capitalised name
 *       in mid-sentence, every event claimed (funding, hiring, a new role, a post, a new website)
 *       and every money amount must come from the prospect's data, their signals or the campaign
 *       (its name, sector, approved template, sender); no link but the booking link and the
 *       template's, no email address;</li>
 *   <li>a subject on one line, under 50 characters from a language model; from the template at
 *       most {@value #MAX_TEMPLATE_SUBJECT_LENGTH} (the team approved its wording, and a long company
 *       name is the prospect's data: a quarter of the demo directory's names would push a 28-character
 *       template subject past 49 and leave the prospect without a draft); a body within
 *       {@value #MAX_BODY_CHARACTERS} characters and {@value #MAX_BODY_WORDS} words;</li>
 *   <li>no spam trigger: trigger phrases (English and French), words in ALL CAPS, "!!" or more than
 *       one exclamation mark, money claims;</li>
 *   <li>for a language model's draft, also: it names the prospect's company (the personal
 *       context), and writes no compliance text of its own (unsubscribe, opt-out, GDPR), which
 *       the system adds in {@link ComplianceFooter}.</li>
 * </ul>
 * The footer is added after these checks and is not part of what they read.
 */
public class DraftGuardrails {

    public static final int MAX_SUBJECT_LENGTH = 49;
    /** Where a subject starts to be cut in most inboxes, and RFC 5322's recommended line length. */
    public static final int MAX_TEMPLATE_SUBJECT_LENGTH = 78;
    public static final int MAX_BODY_CHARACTERS = 1_500;
    public static final int MAX_BODY_WORDS = 220;

    private static final List<Pattern> PLACEHOLDERS = List.of(
            Pattern.compile("\\{\\{[^{}]*}}"),
            Pattern.compile("\\{\\{|}}"),
            Pattern.compile("\\{[^{}\\s][^{}]{0,40}}"),
            Pattern.compile("\\[[^\\[\\]\\n]{1,40}]"),
            Pattern.compile("<[A-Za-z_][A-Za-z0-9 _.-]{0,40}>"),
            Pattern.compile("%[A-Za-z_]{2,40}%"),
            Pattern.compile("\\$\\{[^}]*}"),
            Pattern.compile("__[A-Za-z_]+__"),
            Pattern.compile("(?i)\\b(lorem ipsum|insert (name|company|here)|placeholder|tbd|xxx+)\\b"));

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"()]+");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** A call's length ("a 20-minute call") is an offer, not a fact about the prospect. */
    private static final Pattern DURATION = Pattern.compile("(?i)\\b\\d{1,2}(?:\\s|-)?(?:min\\b|mins\\b|minutes?\\b|minute\\b)");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&'’-]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern MONEY = Pattern.compile("(?iu)[$€£]\\s?\\d[\\d.,]*(?:\\s?(?:k|m|bn|millions?|billions?|milliards?)\\b)?"
            + "|\\b\\d[\\d.,]*\\s?(?:(?:k|m|bn|millions?|billions?|milliards?)\\s?)?(?:(?:usd|eur|gbp|dollars?|euros?|pounds?)\\b|[€$£])");
    private static final List<Pattern> MONEY_CLAIMS = List.of(
            Pattern.compile("(?i)\\bsave (?:money|thousands|millions)\\b"),
            Pattern.compile("(?i)\\b\\d+\\s?% off\\b"),
            Pattern.compile("(?i)\\b\\d+x\\s(?:roi|return|revenue|growth)\\b"),
            Pattern.compile("(?i)\\b(?:double|triple) (?:your|vos|votre) \\w+"),
            Pattern.compile("(?i)\\b(?:make|earn) money\\b"),
            Pattern.compile("(?i)\\bgagne[rz] de l'argent\\b"));

    /** Phrases mail filters and readers take for spam, matched on word boundaries, case-insensitively. */
    static final List<String> SPAM_PHRASES = List.of(
            "act now", "limited time", "risk-free", "risk free", "100% free", "free trial", "for free", "free gift",
            "no obligation", "no cost", "guarantee", "guaranteed", "click here", "click below", "buy now", "order now",
            "winner", "you have been selected", "cash", "extra income", "once in a lifetime", "best price",
            "lowest price", "cheap", "discount", "special promotion", "exclusive deal", "exclusive offer", "urgent",
            "miracle", "no catch", "what are you waiting for", "dear friend", "while supplies last", "viagra",
            "bitcoin", "crypto", "100%", "$$$", "offer expires", "apply now", "sign up free", "incredible deal",
            "gratuit", "gratuitement", "offre exclusive", "offre spéciale", "garanti", "garantie", "cliquez ici",
            "sans engagement", "dernière chance", "remise exceptionnelle", "argent facile");

    /** Capitalised words that are not names: they may appear in mid-sentence without being in the data. */
    static final Set<String> COMMON_CAPITALISED = Set.of(
            "i", "i'm", "i've", "i'd", "i'll", "ok", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "hi", "hello", "dear", "bonjour", "best", "regards",
            "thanks", "merci", "cordialement", "ps", "p.s", "email", "e-mail");

    /** Words that claim a kind of event happened, for each kind of signal that would back the claim. */
    private static final Map<BuyingSignal.SignalType, Pattern> EVENT_CLAIMS = Map.of(
            BuyingSignal.SignalType.FUNDING, Pattern.compile("(?iu)\\b(rais(?:ed|ing)|funding|fundrais\\w*|funded|"
                    + "series [a-f]\\b|seed round|investors?|investment|ipo|valuation|levée de fonds|lev[ée]e?s? \\w+ millions?|"
                    + "financement|investisseurs?)"),
            BuyingSignal.SignalType.HIRING, Pattern.compile("(?iu)\\b(hiring|recruit\\w*|job (?:posting|opening)s?|"
                    + "open (?:roles|positions)|growing (?:the|your) team|new hires?|recrut\\w*|embauch\\w*)"),
            BuyingSignal.SignalType.JOB_CHANGE, Pattern.compile("(?iu)\\b(new role|new position|recently joined|"
                    + "just joined|promot(?:ed|ion)|stepp(?:ed|ing) into|nouveau poste|nouvelles fonctions|récemment rejoint)"),
            BuyingSignal.SignalType.POST, Pattern.compile("(?iu)\\b(your (?:recent )?(?:post|article|talk|interview|"
                    + "podcast|comment)|you (?:wrote|posted|shared)|votre (?:post|article|publication))"),
            BuyingSignal.SignalType.WEBSITE_UPDATE, Pattern.compile("(?iu)\\b(new website|website (?:update|redesign|"
                    + "relaunch)|redesign(?:ed)?|relaunch(?:ed)?|nouveau site)"));

    private static final Pattern COMPLIANCE_TEXT = Pattern.compile(
            "(?iu)\\b(unsubscribe|opt[ -]?out|gdpr|rgpd|data protection|désinscri\\w*|désabonne\\w*)");

    /** What is wrong with the draft; empty when it may be shown to a human. */
    public List<String> check(DraftContent draft, Campaign campaign, QualifiedProspect prospect) {
        Facts facts = Facts.of(campaign, prospect);
        List<String> problems = new ArrayList<>();
        String subject = draft.subject() == null ? "" : draft.subject();
        String body = draft.body() == null ? "" : draft.body();

        checkLengths(subject, body, draft.generatedBy() == DraftGenerator.LANGUAGE_MODEL ? MAX_SUBJECT_LENGTH
                : MAX_TEMPLATE_SUBJECT_LENGTH, problems);
        String text = subject + "\n" + body;
        checkPlaceholders(text, problems);
        String withoutLinks = checkLinks(text, facts, problems);
        checkNumbers(withoutLinks, facts, problems);
        checkNames(subject, body, facts, problems);
        checkEventClaims(withoutLinks, facts, prospect, problems);
        checkSpam(subject, withoutLinks, facts, problems);
        if (draft.generatedBy() == DraftGenerator.LANGUAGE_MODEL) {
            checkPersonalContext(withoutLinks, prospect, problems);
            Matcher compliance = COMPLIANCE_TEXT.matcher(withoutLinks);
            while (compliance.find()) {
                // "GDPR-ready" from the approved template is the offer, not a footer of the model's own.
                if (!facts.corpus.contains(compliance.group().toLowerCase(Locale.ROOT))) {
                    problems.add("writes compliance text (\"" + compliance.group() + "\"): the system adds the footer");
                    break;
                }
            }
        }
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    private static void checkLengths(String subject, String body, int maxSubject, List<String> problems) {
        if (subject.isBlank()) {
            problems.add("the subject is empty");
        }
        if (subject.strip().length() > maxSubject) {
            problems.add("the subject has " + subject.strip().length() + " characters, more than " + maxSubject);
        }
        if (subject.contains("\n") || subject.contains("\r")) {
            problems.add("the subject spans several lines");
        }
        if (body.isBlank()) {
            problems.add("the body is empty");
        }
        if (body.length() > MAX_BODY_CHARACTERS) {
            problems.add("the body has " + body.length() + " characters, more than " + MAX_BODY_CHARACTERS);
        }
        long words = WORD.matcher(URL.matcher(body).replaceAll(" ")).results().count();
        if (words > MAX_BODY_WORDS) {
            problems.add("the body has " + words + " words, more than " + MAX_BODY_WORDS);
        }
    }

    private static void checkPlaceholders(String text, List<String> problems) {
        String withoutUrls = URL.matcher(text).replaceAll(" ");
        for (Pattern placeholder : PLACEHOLDERS) {
            Matcher matcher = placeholder.matcher(withoutUrls);
            if (matcher.find()) {
                problems.add("has an unresolved placeholder \"" + abbreviate(matcher.group()) + "\"");
                return;
            }
        }
    }

    /** Reports links and addresses not in the data; returns the text with the allowed links removed. */
    private static String checkLinks(String text, Facts facts, List<String> problems) {
        String rest = text;
        for (String allowed : facts.links) {
            rest = rest.replace(allowed, " ");
        }
        Matcher url = URL.matcher(rest);
        if (url.find()) {
            problems.add("has a link that is neither the booking link nor the template's: " + abbreviate(url.group()));
        }
        Matcher address = EMAIL_ADDRESS.matcher(rest);
        while (address.find()) {
            if (!facts.corpus.contains(address.group().toLowerCase(Locale.ROOT))) {
                problems.add("has an email address that is not in the data: " + abbreviate(address.group()));
                break;
            }
        }
        return URL.matcher(rest).replaceAll(" ");
    }

    private static void checkNumbers(String text, Facts facts, List<String> problems) {
        Matcher number = NUMBER.matcher(DURATION.matcher(text).replaceAll(" "));
        Set<String> unknown = new LinkedHashSet<>();
        while (number.find()) {
            if (!facts.numbers.contains(normalizeNumber(number.group()))) {
                unknown.add(number.group());
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("states numbers that are not in the prospect's data: " + String.join(", ", unknown));
        }
    }

    /** A capitalised word in mid-sentence is a name (a company, a person, a product): it must be in the data. */
    private static void checkNames(String subject, String body, Facts facts, List<String> problems) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String text : List.of(subject, URL.matcher(body).replaceAll(" "))) {
            Matcher word = CAPITALISED.matcher(text);
            while (word.find()) {
                if (startsSentence(text, word.start())) {
                    continue;
                }
                String name = stripPossessive(word.group());
                String key = name.toLowerCase(Locale.ROOT);
                if (!COMMON_CAPITALISED.contains(key) && !facts.words.contains(key)) {
                    unknown.add(name);
                }
            }
        }
        if (!unknown.isEmpty()) {
            problems.add("names what is not in the prospect's data: " + String.join(", ", unknown));
        }
    }

    private static void checkEventClaims(String text, Facts facts, QualifiedProspect prospect, List<String> problems) {
        Set<BuyingSignal.SignalType> backed = prospect.signals().isEmpty() ? EnumSet.noneOf(BuyingSignal.SignalType.class)
                : prospect.signals().stream().map(BuyingSignal::type)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(BuyingSignal.SignalType.class)));
        for (BuyingSignal.SignalType type : BuyingSignal.SignalType.values()) {
            Pattern claim = EVENT_CLAIMS.get(type);
            if (claim == null || backed.contains(type)) {
                continue;
            }
            Matcher matcher = claim.matcher(text);
            while (matcher.find()) {
                if (!facts.corpus.contains(matcher.group().toLowerCase(Locale.ROOT))) {
                    problems.add("claims a " + type + " event (\"" + matcher.group() + "\") the prospect has no signal of");
                    break;
                }
            }
        }
    }

    private static void checkSpam(String subject, String text, Facts facts, List<String> problems) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : SPAM_PHRASES) {
            // A company called "Cash Logistics" is a fact, not a trigger; the template is no excuse.
            if (containsPhrase(lower, phrase) && !containsPhrase(facts.dataCorpus, phrase)) {
                problems.add("uses the spam trigger \"" + phrase + "\"");
            }
        }
        Matcher word = WORD.matcher(text);
        int capsRun = 0;
        while (word.find()) {
            String w = word.group();
            long letters = w.codePoints().filter(Character::isLetter).count();
            boolean shouted = letters >= 2 && w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && !facts.exactWords.contains(w) && !COMMON_CAPITALISED.contains(w.toLowerCase(Locale.ROOT));
            capsRun = shouted ? capsRun + 1 : 0;
            if (shouted && letters >= 4) {
                problems.add("shouts \"" + w + "\" in capitals");
            } else if (capsRun >= 3) {
                problems.add("has a run of words in capitals");
            }
        }
        if (text.contains("!!")) {
            problems.add("has \"!!\"");
        } else if (text.chars().filter(c -> c == '!').count() > 1) {
            problems.add("has more than one exclamation mark");
        }
        if (subject.contains("!")) {
            problems.add("has an exclamation mark in the subject");
        }
        Matcher money = MONEY.matcher(text);
        while (money.find()) {
            if (!facts.dataCorpus.contains(collapse(money.group().toLowerCase(Locale.ROOT)))) {
                problems.add("makes a money claim (\"" + money.group().strip() + "\") that is not in the data");
                break;
            }
        }
        for (Pattern claim : MONEY_CLAIMS) {
            Matcher matcher = claim.matcher(text);
            if (matcher.find()) {
                problems.add("makes a money claim (\"" + matcher.group() + "\")");
            }
        }
    }

    private static void checkPersonalContext(String text, QualifiedProspect prospect, List<String> problems) {
        String company = prospect.contact().companyName();
        if (company != null && !company.isBlank()
                && !text.toLowerCase(Locale.ROOT).contains(company.strip().toLowerCase(Locale.ROOT))) {
            problems.add("does not name the prospect's company (" + company.strip() + ")");
        }
    }

    private static boolean startsSentence(String text, int index) {
        int i = index - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '"'
                || text.charAt(i) == '«' || text.charAt(i) == '“' || text.charAt(i) == '(' || text.charAt(i) == '-'
                || text.charAt(i) == '*' || text.charAt(i) == '•')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char before = text.charAt(i);
        return before == '.' || before == '!' || before == '?' || before == ':' || before == '\n' || before == '\r'
                || before == '…';
    }

    private static boolean containsPhrase(String lowerText, String phrase) {
        int from = 0;
        while (true) {
            int at = lowerText.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            boolean startOk = at == 0 || !Character.isLetterOrDigit(lowerText.charAt(at - 1))
                    || !Character.isLetterOrDigit(phrase.charAt(0));
            int end = at + phrase.length();
            boolean endOk = end >= lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end))
                    || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    private static String stripPossessive(String word) {
        String w = word;
        for (String suffix : List.of("'s", "’s", "'", "’", "-")) {
            if (w.endsWith(suffix) && w.length() > suffix.length()) {
                w = w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    private static String normalizeNumber(String number) {
        return number.replace(",", ".");
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String abbreviate(String text) {
        String t = text.strip();
        return t.length() <= 60 ? t : t.substring(0, 60) + "…";
    }

    /** Everything a draft may say: the prospect's data, their signals and the campaign. */
    private record Facts(String corpus, String dataCorpus, Set<String> words, Set<String> exactWords,
                         Set<String> numbers, List<String> links) {

        static Facts of(Campaign campaign, QualifiedProspect prospect) {
            Contact contact = prospect.contact();
            List<String> parts = new ArrayList<>(List.of(
                    nullToEmpty(contact.firstName()), nullToEmpty(contact.lastName()), nullToEmpty(contact.email()),
                    nullToEmpty(contact.title()), nullToEmpty(contact.companyName()), nullToEmpty(contact.companyDomain()),
                    nullToEmpty(contact.industry()), campaign.name(), campaign.sector(),
                    nullToEmpty(campaign.sender().name()), nullToEmpty(campaign.sender().email())));
            for (BuyingSignal signal : prospect.signals()) {
                parts.add(nullToEmpty(signal.detail()));
                if (signal.observedAt() != null) {
                    LocalDate day = LocalDate.ofInstant(signal.observedAt(), ZoneOffset.UTC);
                    parts.add(day + " " + day.getYear() + " " + day.getDayOfMonth() + " "
                            + day.getMonth().name().toLowerCase(Locale.ROOT));
                }
            }
            String data = String.join("\n", parts);
            String template = nullToEmpty(campaign.template().subject()) + "\n" + nullToEmpty(campaign.template().body());
            String all = data + "\n" + template;

            Set<String> words = new LinkedHashSet<>();
            Set<String> exactWords = new LinkedHashSet<>();
            // Words in capitals are allowed as the data or the approved template write them (ACME, GDPR);
            // a shouted trigger (FREE TRIAL, GUARANTEED) is caught by the phrase list, template or not.
            for (String text : List.of(data, template)) { // the data, then the approved template
                Matcher word = WORD.matcher(text);
                while (word.find()) {
                    String w = stripPossessive(word.group());
                    List<String> forms = new ArrayList<>(List.of(w));
                    // "Acme-Logistics" and "e-commerce": their parts too.
                    for (String part : w.split("[-'’]")) {
                        if (!part.isEmpty()) {
                            forms.add(part);
                        }
                    }
                    for (String form : forms) {
                        words.add(form.toLowerCase(Locale.ROOT));
                        exactWords.add(form);
                    }
                }
            }
            Set<String> numbers = NUMBER.matcher(all).results().map(m -> normalizeNumber(m.group()))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            List<String> links = new ArrayList<>();
            BookingLink.of(campaign, prospect).ifPresent(links::add);
            campaign.meetingLinkIfAny().ifPresent(links::add);
            URL.matcher(template).results().map(java.util.regex.MatchResult::group).forEach(links::add);
            links.sort((a, b) -> b.length() - a.length());
            return new Facts(collapse(all.toLowerCase(Locale.ROOT)), collapse(data.toLowerCase(Locale.ROOT)),
                    words, exactWords, numbers, links);
        }

        private static String nullToEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
