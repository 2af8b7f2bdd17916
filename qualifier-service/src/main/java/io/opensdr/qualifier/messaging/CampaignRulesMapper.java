package io.opensdr.qualifier.messaging;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.qualifier.domain.CampaignRules;
import io.opensdr.qualifier.domain.CompanySizeRange;
import io.opensdr.qualifier.domain.QualificationSettings;
import io.opensdr.qualifier.domain.TargetProfile;
import java.util.Optional;
import java.util.Set;

/** Takes from a campaign snapshot what qualification needs. */
public final class CampaignRulesMapper {

    private CampaignRulesMapper() {
    }

    public static CampaignRules toRules(CampaignSnapshot snapshot) {
        if (isBlank(snapshot.getCampaignId()) || isBlank(snapshot.getWorkspaceId())) {
            throw new InvalidEventException("CampaignSnapshot without campaignId or workspaceId");
        }
        if (snapshot.getQualification() == null || snapshot.getTargetProfile() == null) {
            throw new InvalidEventException("Campaign " + snapshot.getCampaignId() + " has no qualification settings or target profile");
        }
        var qualification = snapshot.getQualification();
        QualificationSettings settings;
        try {
            settings = new QualificationSettings(qualification.getThreshold(), qualification.getReviewBand(),
                    qualification.getHotScore(), qualification.getBudgetWeight(), qualification.getAuthorityWeight(),
                    qualification.getNeedWeight(), qualification.getTimelineWeight());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("Campaign " + snapshot.getCampaignId() + ": " + e.getMessage());
        }
        var profile = snapshot.getTargetProfile();
        return new CampaignRules(snapshot.getCampaignId(), snapshot.getWorkspaceId(), snapshot.getRevision(), settings,
                new TargetProfile(Set.copyOf(profile.getIndustries()),
                        // Sizes are typed by hand; one that states no range is left out.
                        profile.getCompanySizes().stream().map(CompanySizeRange::parse).flatMap(Optional::stream).toList(),
                        Set.copyOf(profile.getCountries())));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
