package io.opensdr.prospector.domain;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes two candidates the same person within a workspace. A person has up to three
 * identities, and two candidates sharing any one of them are the same person:
 * <ul>
 * <li>{@code email:} the address trimmed and lower-cased. Sub-addresses ({@code jane+news@}) are
 *     kept as they are: many mail systems do not treat {@code +} as a tag separator, and a shared
 *     mailbox's tags can stand for different people, so stripping them could merge two people, which
 *     is worse than missing a duplicate that the LinkedIn or name identity usually catches anyway.</li>
 * <li>{@code linkedin:} the profile URL without scheme, {@code www.} or a country sub-domain,
 *     query, fragment or trailing slash, percent-decoded and lower-cased
 *     ({@code https://fr.linkedin.com/in/Jane-Doe/?trk=x} → {@code linkedin.com/in/jane-doe}).</li>
 * <li>{@code name:} first and last name without accents, case or punctuation, at the company's
 *     domain ({@code jane doe@acme.com}). Only with a company domain: a name alone is not a person.</li>
 * </ul>
 * A candidate with none of the three is known by its key in its source ({@code source:DEMO:demo-00042}).
 * Each key is prefixed with the workspace, so that one unique index over all of them keeps every
 * workspace free of duplicates.
 */
public final class ProspectIdentities {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern COUNTRY_SUBDOMAIN = Pattern.compile("^[a-z]{2}\\.(?=linkedin\\.)");

    private ProspectIdentities() {
    }

    /** Every identity of the candidate, each prefixed with the workspace; never empty. */
    public static List<String> of(String workspaceId, SourceKind source, Candidate candidate) {
        String prefix = URLEncodedWorkspace.of(workspaceId) + "|";
        List<String> keys = new ArrayList<>(3);
        Person person = candidate.person();
        if (person.hasEmail()) {
            keys.add(prefix + "email:" + normaliseEmail(person.email()));
        }
        linkedin(person.linkedinUrl()).ifPresent(url -> keys.add(prefix + "linkedin:" + url));
        String domain = candidate.company() == null ? null : candidate.company().domain();
        name(person.firstName(), person.lastName()).filter(name -> domain != null && !domain.isBlank())
                .ifPresent(name -> keys.add(prefix + "name:" + name + "@" + domain.trim().toLowerCase(Locale.ROOT)));
        if (keys.isEmpty()) {
            keys.add(prefix + "source:" + source + ":" + candidate.sourceKey());
        }
        return List.copyOf(keys);
    }

    public static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** The profile's normalised form, or empty when the text is not a URL with a path. */
    public static Optional<String> linkedin(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String text = url.trim();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = URI.create(text.replace(" ", "%20"));
        } catch (IllegalArgumentException notAUrl) {
            return Optional.empty();
        }
        String host = uri.getHost();
        String path = uri.getRawPath();
        if (host == null || path == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host;
        host = COUNTRY_SUBDOMAIN.matcher(host).replaceFirst("");
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            decoded = path;
        }
        decoded = decoded.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (decoded.isEmpty()) {
            return Optional.empty(); // the site itself, not a profile
        }
        return Optional.of(host + decoded);
    }

    /** "Zoë  O'Brien-Smith" → "zoe obrien smith"; empty unless both names are given. */
    public static Optional<String> name(String firstName, String lastName) {
        String first = simplify(firstName);
        String last = simplify(lastName);
        return first.isEmpty() || last.isEmpty() ? Optional.empty() : Optional.of(first + " " + last);
    }

    private static String simplify(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("'", "").replace("’", "");
        return NOT_LETTER_OR_DIGIT.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Workspace ids are opaque: escaping keeps a "|" in one from faking another workspace's key. */
    private static final class URLEncodedWorkspace {

        private static final Set<Character> SAFE = Set.of('-', '_', '.');

        static String of(String workspaceId) {
            StringBuilder out = new StringBuilder(workspaceId.length());
            for (char c : workspaceId.toCharArray()) {
                if (c < 128 && (Character.isLetterOrDigit(c) || SAFE.contains(c))) {
                    out.append(c);
                } else {
                    out.append('%').append(String.format(Locale.ROOT, "%04x", (int) c));
                }
            }
            return out.toString();
        }
    }
}
