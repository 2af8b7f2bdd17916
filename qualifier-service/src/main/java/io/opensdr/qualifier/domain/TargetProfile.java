package io.opensdr.qualifier.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a campaign looks for, as far as qualification goes; an empty list means "any".
 *
 * @param titles the job titles the campaign targets (e.g. "VP Sales"): their function words
 *               ("sales") tell Authority which function matters
 * @param sector the campaign's sector, or null: Need compares it with the company's industry
 *               when the campaign names no industry
 */
public record TargetProfile(Set<String> industries, List<CompanySizeRange> companySizes, Set<String> countries,
                            List<String> titles, String sector) {

    /**
     * A short digest of everything in the profile that scoring reads, the same for equal profiles
     * whatever the order of their lists: an assessment made against another fingerprint must be
     * scored again, not only re-weighed.
     */
    public String fingerprint() {
        String known = FINGERPRINTS.get(this);
        if (known != null) {
            return known;
        }
        if (FINGERPRINTS.size() >= MAX_REMEMBERED) {
            FINGERPRINTS.clear();
        }
        String computed = computeFingerprint();
        FINGERPRINTS.put(this, computed);
        return computed;
    }

    private String computeFingerprint() {
        String canonical = String.join("\n",
                industries.stream().sorted().collect(Collectors.joining(",")),
                companySizes.stream().map(range -> range.min() + "-" + range.max()).sorted().collect(Collectors.joining(",")),
                countries.stream().sorted().collect(Collectors.joining(",")),
                titles.stream().map(TargetProfile::key).sorted().collect(Collectors.joining(",")),
                sector == null ? "" : key(sector));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Words of a title that say how senior someone is, not what they do. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&]+");

    /**
     * Fingerprints already computed: every prospect's assessment records its campaign's, and a
     * campaign has one profile per revision. Bounded: cleared when full.
     */
    private static final Map<TargetProfile, String> FINGERPRINTS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 1_000;

    private static final Set<String> RANK_WORDS = Set.of("vp", "vice", "president", "head", "of", "director", "chief",
            "officer", "manager", "senior", "sr", "lead", "the", "and", "&", "for", "global", "regional", "executive",
            "svp", "evp", "avp", "group", "principal", "associate", "assistant", "deputy", "junior", "jr", "team", "-",
            "c", "in", "at", "/");

    public TargetProfile {
        industries = normalise(industries);
        companySizes = List.copyOf(companySizes);
        countries = normalise(countries);
        titles = titles == null ? List.of() : titles.stream().filter(title -> title != null && !title.isBlank())
                .map(String::trim).toList();
        sector = sector == null || sector.isBlank() ? null : sector.trim();
    }

    public TargetProfile(Set<String> industries, List<CompanySizeRange> companySizes, Set<String> countries) {
        this(industries, companySizes, countries, List.of(), null);
    }

    public static TargetProfile anything() {
        return new TargetProfile(Set.of(), List.of(), Set.of());
    }

    public boolean targetsIndustry(String industry) {
        return industry != null && industries.contains(key(industry));
    }

    public boolean targetsSize(Integer employees) {
        return employees != null && companySizes.stream().anyMatch(range -> range.contains(employees));
    }

    public boolean targetsCountry(String countryCode) {
        return countryCode != null && countries.contains(key(countryCode));
    }

    /** The functions the targeted titles name ("sales", "marketing"), lower case; empty when none. */
    public Set<String> functions() {
        return titles.stream().flatMap(title -> words(title).stream()).filter(word -> !RANK_WORDS.contains(word))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The lower-case words of a text, split on anything that is not a letter or a digit. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return List.of(NON_WORD.split(text.toLowerCase(Locale.ROOT))).stream()
                .filter(word -> !word.isEmpty()).toList();
    }

    private static Set<String> normalise(Set<String> values) {
        return values.stream().map(String::trim).filter(value -> !value.isEmpty()).map(TargetProfile::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String key(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
