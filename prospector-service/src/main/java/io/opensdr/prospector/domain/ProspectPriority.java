package io.opensdr.prospector.domain;

/**
 * How well a candidate fits a campaign, 0-100, so that the best are found first. Demographic fit
 * (seniority up to 30, a wanted title 15) plus firmographic fit (company size up to 20, funding
 * and hiring signals up to 15) plus reachability (email grade up to 20). It depends only on the
 * candidate and the profile, never on the clock, so that a source's ranked order, and with it a
 * stored search cursor, stays the same from one tick to the next.
 */
public final class ProspectPriority {

    private ProspectPriority() {
    }

    public static int of(Candidate candidate, TargetProfile profile) {
        int score = seniority(candidate.person().seniority())
                + title(candidate.person().title(), profile)
                + companySize(candidate.company().employeeCount())
                + companySignals(candidate)
                + reachability(candidate.person().emailGrade());
        return Math.max(0, Math.min(100, score));
    }

    private static int seniority(Seniority seniority) {
        return switch (seniority) {
            case C_LEVEL -> 30;
            case VP -> 27;
            case DIRECTOR -> 22;
            case HEAD -> 20;
            case MANAGER -> 12;
            case INDIVIDUAL_CONTRIBUTOR -> 5;
            case UNKNOWN -> 0;
        };
    }

    private static int title(String title, TargetProfile profile) {
        if (profile.titles().isEmpty()) {
            return 8; // no wanted title: every title is equally fine
        }
        return profile.wantsTitle(title) ? 15 : 0;
    }

    private static int companySize(Integer employees) {
        if (employees == null) {
            return 5;
        }
        if (employees >= 1000) {
            return 20;
        }
        if (employees >= 200) {
            return 16;
        }
        if (employees >= 50) {
            return 12;
        }
        return employees >= 11 ? 6 : 2;
    }

    private static int companySignals(Candidate candidate) {
        int points = (candidate.hasSignal(SignalType.FUNDING) ? 8 : 0) + (candidate.hasSignal(SignalType.HIRING) ? 7 : 0);
        return Math.min(15, points);
    }

    private static int reachability(EmailGrade grade) {
        return switch (grade) {
            case VALID -> 20;
            case ACCEPT_ALL -> 14;
            case UNKNOWN -> 8;
            case INVALID -> 2;
            case MISSING -> 0;
        };
    }
}
