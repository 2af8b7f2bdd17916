package io.opensdr.prospector.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.opensdr.kit.testing.BadInput;
import io.opensdr.kit.testing.BadInputContract;
import io.opensdr.kit.testing.ServiceWebTestSupport;
import io.opensdr.prospector.domain.CampaignStore;
import io.opensdr.prospector.sources.csv.CsvImportService;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.unit.DataSize;

/**
 * Every endpoint's bad input is refused with an RFC 9457 problem naming the field, and changes
 * nothing stored (every collection read back). The endpoints come from Spring MVC's mapping: a new
 * endpoint fails {@code shouldHaveBadInputCasesForEveryEndpoint} until it has cases below
 * ({@link BadInputContract}). The CSV rows themselves are CsvImportIT's and the sources' tests.
 */
class BadInputTest extends ServiceWebTestSupport implements BadInputContract {

    private static final String IMPORTS = "/api/prospector/campaigns/{campaignId}/csv-imports";
    /** opensdr.prospector.csv-import.max-file-size, the service's limit. */
    private static final long MAX_FILE = DataSize.ofMegabytes(50).toBytes();

    /** {campaignId} is a campaign of the caller's workspace, {importId} one of its imports. */
    static final BadInput CASES = new BadInput()
            .endpoint(HttpMethod.GET, "/api/prospector/campaigns/{campaignId}/progress")
            .unknownParameters(uri -> get(uri))
            .malformedPathVariable("campaignId", uri -> get(uri))
            .refuse("a repeated unknown parameter", t -> get(t.uri()).param("campaignId", "a", "b"), "campaignId");
    static {
        uploads(IMPORTS + "/preview");
        uploads(IMPORTS);
        CASES.refuse("a mapping that is not JSON", t -> upload(t.uri()).param("mapping", "{not json"), "mapping")
                .refuse("a mapping with an operator object", t -> upload(t.uri()).param("mapping", "{\"E-mail\":{\"$gt\":\"\"}}"),
                        "mapping")
                .refuse("a mapping that is a list", t -> upload(t.uri()).param("mapping", "[\"email\"]"), "mapping")
                .refuse("a mapping to an unknown field", t -> upload(t.uri()).param("mapping", "{\"E-mail\":\"$where\"}"),
                        "mapping")
                .refuse("a mapping without the email", t -> upload(t.uri()).param("mapping", "{\"First name\":\"firstName\"}"),
                        "mapping")
                .refuse("a mapping given twice", t -> upload(t.uri()).param("mapping", "{\"E-mail\":\"email\"}",
                        "{\"E-mail\":\"email\"}"), "mapping")
                .refuse("a misspelt mapping part", t -> upload(t.uri()).param("mappings", "{\"E-mail\":\"email\"}"), "mappings")
                // Wrong JSON types in the mapping: refused as such (service-kit's JsonInputConfiguration), not read as
                // the text "42" or "true" and then found to be no field.
                .refuseWith("a number as a column's field", t -> upload(t.uri()).param("mapping", "{\"E-mail\":42}"),
                        "mapping", "The field for column \"E-mail\" must be a field name as text")
                .refuseWith("a fraction as a column's field", t -> upload(t.uri()).param("mapping",
                        "{\"E-mail\":\"email\",\"First name\":1.5}"), "mapping", "The field for column \"First name\" must be")
                .refuseWith("a boolean as a column's field", t -> upload(t.uri()).param("mapping",
                        "{\"E-mail\":\"email\",\"First name\":true}"), "mapping", "The field for column \"First name\" must be");
        CASES.endpoint(HttpMethod.GET, IMPORTS + "/{importId}")
                .refuse("an unknown import", t -> get(t.with("importId", "no-such-import")), 404, null)
                .unknownParameters(uri -> get(uri))
                .malformedPathVariable("importId", uri -> get(uri))
                .malformedPathVariable("campaignId", uri -> get(uri));
        CASES.endpoint(HttpMethod.GET, IMPORTS)
                .unknownParameters(uri -> get(uri))
                .refuse("a filter on the status", t -> get(t.uri()).param("status", "REJECTED"), "status")
                .malformedPathVariable("campaignId", uri -> get(uri));
    }

    /** The cases of both uploads (preview and import): the file part, its size, its type, the campaign, the form's fields. */
    private static void uploads(String pattern) {
        CASES.endpoint(HttpMethod.POST, pattern)
                .refuse("no file", t -> multipart(t.uri()).param("delimiter", "comma"), "file")
                .refuse("the file in a part of another name", t -> multipart(t.uri())
                        .file(ProspectorWebFixtures.csv("upload", ProspectorWebFixtures.CSV.getBytes(StandardCharsets.UTF_8))), "file")
                .refuse("an empty file", t -> multipart(t.uri()).file(ProspectorWebFixtures.csv("file", new byte[0])), 400, null)
                .refuse("a file over the service's limit", t -> multipart(t.uri())
                        .file(ProspectorWebFixtures.csv("file", new byte[(int) MAX_FILE + 1])), 413, null)
                .refuse("a file that is not UTF-8", t -> multipart(t.uri()).file(ProspectorWebFixtures.csv("file",
                        "Prénom,E-mail\nRené,rene@b.example\n".getBytes(StandardCharsets.ISO_8859_1))), 400, null)
                .refuse("JSON instead of a form", t -> BadInput.request(HttpMethod.POST, java.net.URI.create(t.uri()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"file\":\"E-mail\\nada@b.example\"}"), 415, null)
                .refuse("an unknown delimiter", t -> upload(t.uri()).param("delimiter", "colon"), "delimiter")
                .refuse("an operator as the delimiter", t -> upload(t.uri()).param("delimiter", "{\"$gt\":\"\"}"), "delimiter")
                .refuse("an unknown campaign", t -> multipart(t.with("campaignId", "no-such-campaign"))
                        .file(ProspectorWebFixtures.csv()), 404, null)
                .refuse("an operator in a parameter ([$ne])", t -> upload(t.uri()).param("campaignId[$ne]", "x"), "campaignId[$ne]")
                .malformedPathVariable("campaignId", uri -> multipart(uri).file(ProspectorWebFixtures.csv()));
    }

    private static MockMultipartHttpServletRequestBuilder upload(String uri) {
        return multipart(uri).file(ProspectorWebFixtures.csv());
    }

    @Autowired CampaignStore campaigns;
    @Autowired CsvImportService imports;

    @Override
    public BadInput badInputCases() {
        return CASES;
    }

    @Override
    public Map<String, String> idsOfTheCallersResources() {
        return ProspectorWebFixtures.campaignWithAnImport(campaigns, imports, "workspace-c");
    }

    @Override
    public String caller() {
        return memberOf("workspace-c");
    }
}
