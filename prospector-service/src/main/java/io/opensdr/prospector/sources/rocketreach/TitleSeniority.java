package io.opensdr.prospector.sources.rocketreach;

import io.opensdr.prospector.domain.Seniority;
import java.util.Locale;
import java.util.regex.Pattern;

/** A RocketReach profile has a title but no seniority: this reads one from the title's words. */
final class TitleSeniority {

    private static final Pattern C_LEVEL = Pattern.compile(
            "\\b(chief|ceo|cto|cfo|coo|cmo|cio|cro|cso|cpo|president|founder|co-founder|cofounder|owner|managing director)\\b");
    private static final Pattern VP = Pattern.compile("\\b(vp|svp|evp|avp|vice[- ]president)\\b");
    private static final Pattern DIRECTOR = Pattern.compile("\\b(director|directeur|directrice)\\b");
    private static final Pattern HEAD = Pattern.compile("\\bhead\\b");
    private static final Pattern MANAGER = Pattern.compile("\\b(manager|lead|team lead|supervisor|responsable)\\b");

    private TitleSeniority() {
    }

    static Seniority of(String title) {
        if (title == null || title.isBlank()) {
            return Seniority.UNKNOWN;
        }
        String words = title.toLowerCase(Locale.ROOT);
        if (VP.matcher(words).find()) { // before C-level: "Vice President" contains "president"
            return Seniority.VP;
        }
        if (C_LEVEL.matcher(words).find()) {
            return Seniority.C_LEVEL;
        }
        if (DIRECTOR.matcher(words).find()) {
            return Seniority.DIRECTOR;
        }
        if (HEAD.matcher(words).find()) {
            return Seniority.HEAD;
        }
        if (MANAGER.matcher(words).find()) {
            return Seniority.MANAGER;
        }
        return Seniority.INDIVIDUAL_CONTRIBUTOR;
    }
}
