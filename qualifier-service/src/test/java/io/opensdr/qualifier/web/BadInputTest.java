package io.opensdr.qualifier.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.opensdr.kit.testing.BadInput;
import io.opensdr.kit.testing.BadInputContract;
import io.opensdr.kit.testing.ServiceWebTestSupport;
import io.opensdr.qualifier.domain.CampaignRulesStore;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Every endpoint's bad input is refused with an RFC 9457 problem naming the field, and changes
 * nothing stored. The endpoints come from Spring MVC's mapping: a new endpoint fails
 * {@code shouldHaveBadInputCasesForEveryEndpoint} until it has cases below ({@link BadInputContract}).
 */
class BadInputTest extends ServiceWebTestSupport implements BadInputContract {

    private static final String PREVIEW = "/api/qualifier/campaigns/{campaignId}/threshold-preview";

    /** {campaignId} is a campaign of the caller's workspace. */
    static final BadInput CASES = new BadInput()
            .endpoint(HttpMethod.GET, "/api/qualifier/campaigns/{campaignId}/summary")
            .unknownParameters(uri -> get(uri))
            .malformedPathVariable("campaignId", uri -> get(uri))
            .refuse("an operator object as a query parameter", t -> get(t.uri()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"campaignId\":{\"$gt\":\"\"}}").param("campaignId", "{\"$gt\":\"\"}"), "campaignId")
            .endpoint(HttpMethod.GET, "/api/qualifier/campaigns/{campaignId}/score-histogram")
            .unknownParameters(uri -> get(uri))
            .malformedPathVariable("campaignId", uri -> get(uri))
            .refuse("a POST", t -> post(t.uri()), 405, null)
            .endpoint(HttpMethod.GET, PREVIEW)
            .refuse("no threshold", t -> get(t.uri()), "threshold")
            .refuse("a threshold of the wrong type", t -> get(t.uri()).param("threshold", "sixty"), "threshold")
            .refuse("a threshold beyond an int", t -> get(t.uri()).param("threshold", "99999999999"), "threshold")
            .refuse("a threshold over 100", t -> get(t.uri()).param("threshold", "101"), "threshold")
            .refuse("a negative threshold", t -> get(t.uri()).param("threshold", "-1"), "threshold")
            .refuse("a review band over 50", t -> get(t.uri()).param("threshold", "60").param("reviewBand", "51"), "reviewBand")
            .refuse("a review band of the wrong type", t -> get(t.uri()).param("threshold", "60").param("reviewBand", "5.5"),
                    "reviewBand")
            .refuse("an operator as the threshold", t -> get(t.uri()).param("threshold", "{\"$gt\":\"\"}"), "threshold")
            .refuse("an operator in the threshold's name", t -> get(t.uri()).param("threshold[$gt]", "0"), "threshold[$gt]")
            .refuse("a repeated threshold", t -> get(t.uri()).param("threshold", "60", "70"), "threshold")
            .unknownParameters(uri -> get(uri).param("threshold", "60"))
            .malformedPathVariable("campaignId", uri -> get(uri).param("threshold", "60"));

    @Autowired CampaignRulesStore campaigns;

    @Override
    public BadInput badInputCases() {
        return CASES;
    }

    @Override
    public Map<String, String> idsOfTheCallersResources() {
        return QualifierWebFixtures.campaignOf(campaigns, "workspace-c");
    }

    @Override
    public String caller() {
        return memberOf("workspace-c");
    }
}
