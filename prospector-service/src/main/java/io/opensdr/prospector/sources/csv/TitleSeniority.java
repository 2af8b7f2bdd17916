package io.opensdr.prospector.sources.csv;

import io.opensdr.prospector.domain.Seniority;
import java.util.Locale;
import java.util.regex.Pattern;

/** The seniority a job title states, for files that give titles only (most do). */
final class TitleSeniority {

    private static final Pattern C_LEVEL = Pattern.compile(
            "\\b(chief|ceo|cto|cfo|coo|cmo|cro|cio|ciso|cpo|founder|co-founder|cofounder|owner|president|managing director|"
                    + "directeur général|directrice générale|pdg|geschäftsführer)\\b");
    private static final Pattern VP = Pattern.compile("\\b(vp|svp|evp|vice[- ]president)\\b");
    private static final Pattern DIRECTOR = Pattern.compile("\\b(director|directeur|directrice|direktor)\\b");
    private static final Pattern HEAD = Pattern.compile("\\b(head|leiter|responsable)\\b");
    private static final Pattern MANAGER = Pattern.compile("\\b(manager|lead|team lead|supervisor)\\b");

    private TitleSeniority() {
    }

    static Seniority of(String title) {
        if (title == null || title.isBlank()) {
            return Seniority.UNKNOWN;
        }
        String t = title.toLowerCase(Locale.ROOT);
        if (VP.matcher(t).find()) {
            return Seniority.VP; // before C-level: "Vice President" contains "president"
        }
        if (C_LEVEL.matcher(t).find()) {
            return Seniority.C_LEVEL;
        }
        if (DIRECTOR.matcher(t).find()) {
            return Seniority.DIRECTOR;
        }
        if (HEAD.matcher(t).find()) {
            return Seniority.HEAD;
        }
        if (MANAGER.matcher(t).find()) {
            return Seniority.MANAGER;
        }
        return Seniority.INDIVIDUAL_CONTRIBUTOR;
    }
}
