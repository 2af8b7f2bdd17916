package io.opensdr.prospector.messaging;

import io.opensdr.events.CampaignSnapshot;
import io.opensdr.kit.messaging.InvalidEventException;
import io.opensdr.prospector.domain.Campaign;
import io.opensdr.prospector.domain.CampaignStatus;
import io.opensdr.prospector.domain.CompanySizeRange;
import io.opensdr.prospector.domain.Seniority;
import io.opensdr.prospector.domain.SourceKind;
import io.opensdr.prospector.domain.TargetProfile;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns a campaign snapshot into what the prospector keeps of it. */
public final class CampaignSnapshotMapper {

    private CampaignSnapshotMapper() {
    }

    public static Campaign toCampaign(CampaignSnapshot snapshot) {
        require(snapshot.getCampaignId(), "campaignId");
        require(snapshot.getWorkspaceId(), "workspaceId");
        if (snapshot.getDailyProspectQuota() < 0) {
            throw new InvalidEventException("Campaign " + snapshot.getCampaignId() + " has a negative daily quota");
        }
        var profile = snapshot.getTargetProfile();
        if (profile == null) {
            throw new InvalidEventException("Campaign " + snapshot.getCampaignId() + " has no target profile");
        }
        return new Campaign(snapshot.getCampaignId(), snapshot.getWorkspaceId(), snapshot.getRevision(),
                CampaignStatus.valueOf(snapshot.getStatus().name()),
                SourceKind.valueOf(snapshot.getSource().name()),
                new TargetProfile(
                        profile.getTitles(),
                        seniorities(snapshot.getCampaignId(), profile.getSeniorities()),
                        // Sizes are typed by hand; one that states no range is left out rather
                        // than losing the whole campaign to the DLT.
                        profile.getCompanySizes().stream().map(CompanySizeRange::parse).flatMap(Optional::stream).toList(),
                        Set.copyOf(profile.getIndustries()),
                        Set.copyOf(profile.getCountries())),
                snapshot.getDailyProspectQuota());
    }

    private static Set<Seniority> seniorities(String campaignId, List<String> names) {
        Set<Seniority> seniorities = new HashSet<>();
        for (String name : names) {
            try {
                seniorities.add(Seniority.valueOf(name.trim()));
            } catch (IllegalArgumentException e) {
                throw new InvalidEventException("Campaign " + campaignId + " targets an unknown seniority: " + name);
            }
        }
        return seniorities;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("CampaignSnapshot without " + field);
        }
    }
}
