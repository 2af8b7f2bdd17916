package io.opensdr.qualifier.messaging;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.qualifier.domain.CampaignRules;
import io.opensdr.qualifier.domain.CompanySizeRange;
import io.opensdr.qualifier.domain.QualificationSettings;
import io.opensdr.qualifier.domain.TargetProfile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes from a campaign snapshot what qualification needs, refusing a snapshot whose settings
 * are impossible (threshold or hot score outside 0-100, review band outside 0-50, a negative
 * weight, all weights zero) or whose target lists are oversized, with an
 * {@link InvalidEventException} that says why: the snapshot goes to the DLT with that reason in
 * its headers, and the rules held before stay as they were.
 */
public final class CampaignRulesMapper {

    static final int MAX_ENTRIES = 100;
    static final int MAX_TEXT = 200;

    private CampaignRulesMapper() {
    }

    public static CampaignRules toRules(CampaignSnapshot snapshot) {
        if (isBlank(snapshot.getCampaignId()) || isBlank(snapshot.getWorkspaceId())) {
            throw new InvalidEventException("CampaignSnapshot without campaignId or workspaceId");
        }
        String campaign = "CampaignSnapshot " + abbreviate(snapshot.getCampaignId());
        if (snapshot.getCampaignId().length() > MAX_TEXT || snapshot.getWorkspaceId().length() > MAX_TEXT) {
            throw new InvalidEventException(campaign + ": campaignId or workspaceId longer than " + MAX_TEXT + " characters");
        }
        if (snapshot.getRevision() < 0) {
            throw new InvalidEventException(campaign + ": negative revision " + snapshot.getRevision());
        }
        if (snapshot.getQualification() == null || snapshot.getTargetProfile() == null) {
            throw new InvalidEventException(campaign + " has no qualification settings or target profile");
        }
        var qualification = snapshot.getQualification();
        QualificationSettings settings;
        try {
            settings = new QualificationSettings(qualification.getThreshold(), qualification.getReviewBand(),
                    qualification.getHotScore(), qualification.getBudgetWeight(), qualification.getAuthorityWeight(),
                    qualification.getNeedWeight(), qualification.getTimelineWeight());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(campaign + " has invalid qualification settings: " + e.getMessage());
        }
        var profile = snapshot.getTargetProfile();
        List<String> industries = entries(profile.getIndustries(), "targetProfile.industries", campaign);
        List<String> sizes = entries(profile.getCompanySizes(), "targetProfile.companySizes", campaign);
        List<String> countries = entries(profile.getCountries(), "targetProfile.countries", campaign);
        List<String> titles = entries(profile.getTitles(), "targetProfile.titles", campaign);
        String sector = snapshot.getSector();
        if (sector != null && sector.length() > MAX_TEXT) {
            throw new InvalidEventException(campaign + ": sector longer than " + MAX_TEXT + " characters");
        }
        return new CampaignRules(snapshot.getCampaignId(), snapshot.getWorkspaceId(), snapshot.getRevision(), settings,
                new TargetProfile(Set.copyOf(industries),
                        // Sizes are typed by hand; one that states no range is left out.
                        sizes.stream().map(CompanySizeRange::parse).flatMap(Optional::stream).toList(),
                        Set.copyOf(countries), titles, sector));
    }

    private static List<String> entries(List<String> values, String field, String campaign) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_ENTRIES) {
            throw new InvalidEventException(campaign + ": " + field + " has " + values.size() + " entries, more than " + MAX_ENTRIES);
        }
        for (String value : values) {
            if (value != null && value.length() > MAX_TEXT) {
                throw new InvalidEventException(campaign + ": an entry of " + field + " is longer than " + MAX_TEXT + " characters");
            }
        }
        return values.stream().filter(value -> value != null).toList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
