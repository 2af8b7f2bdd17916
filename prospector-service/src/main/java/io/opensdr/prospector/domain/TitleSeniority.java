package io.opensdr.prospector.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The seniority a job title states, for sources that give titles only (RocketReach profiles, most
 * CSV files). English, with the French and German titles sales teams meet most.
 */
public final class TitleSeniority {

    private static final Pattern C_LEVEL = Pattern.compile(
            "\\b(chief|ceo|cto|cfo|coo|cmo|cio|cro|cso|ciso|cpo|president|founder|co-founder|cofounder|owner|"
                    + "managing director|directeur général|directrice générale|pdg|geschäftsführer)\\b");
    private static final Pattern VP = Pattern.compile("\\b(vp|svp|evp|avp|vice[- ]president)\\b");
    private static final Pattern DIRECTOR = Pattern.compile("\\b(director|directeur|directrice|direktor)\\b");
    // German compounds end in -leiter(in): Vertriebsleiter, Abteilungsleiterin.
    private static final Pattern HEAD = Pattern.compile("\\bhead\\b|leiter(in)?\\b|\\bresponsable\\b");
    private static final Pattern MANAGER = Pattern.compile("\\b(manager|lead|team lead|supervisor)\\b");

    private TitleSeniority() {
    }

    public static Seniority of(String title) {
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
