package io.opensdr.campaign.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Test data: a realistic campaign, in the state a test needs. */
public final class CampaignMother {

    public static final Instant CREATED_AT = Instant.parse("2026-01-06T09:00:00Z");

    private CampaignMother() {
    }

    public static CampaignSettings someSettings() {
        return new CampaignSettings(
                "Sales leaders in European software",
                "Software",
                new TargetProfile(List.of("VP Sales"), List.of("VP"), List.of("51-200"), List.of("Software"), List.of("FR")),
                new EmailTemplate("{{firstName}}, a quicker way to fill {{companyName}}'s pipeline",
                        "Hi {{firstName}},\n\nWould 20 minutes work? {{meetingLink}}\n\n{{senderName}}"),
                new MeetingAvailability(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), 9, 17, ZoneId.of("Europe/Paris"),
                        "https://cal.example/demo/30min"),
                ProspectSource.DEMO,
                QualificationSettings.defaults(),
                100);
    }

    public static Campaign aDraftCampaign() {
        return Campaign.create("campaign-1", "workspace-1", someSettings(), CREATED_AT);
    }

    public static Campaign anActiveCampaign() {
        return aDraftCampaign().approveTemplate(CREATED_AT.plusSeconds(30)).launch(CREATED_AT.plusSeconds(60));
    }

    public static Campaign aPausedCampaign() {
        return anActiveCampaign().pause(CREATED_AT.plusSeconds(120));
    }

    public static Campaign aStoppedCampaign() {
        return anActiveCampaign().stop(CREATED_AT.plusSeconds(180));
    }
}
