package io.opensdr.prospector.sources.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a CSV column can be imported as. Only {@link #EMAIL} is mandatory. */
public enum ProspectField {
    FIRST_NAME("firstName", "first name", "firstname", "given name", "prenom", "prénom"),
    LAST_NAME("lastName", "last name", "lastname", "surname", "family name", "nom"),
    EMAIL("email", "email", "e-mail", "email address", "e-mail address", "mail", "work email", "courriel"),
    TITLE("title", "title", "job title", "position", "role", "poste", "fonction"),
    COMPANY("company", "company", "company name", "organization", "organisation", "account", "entreprise", "société"),
    COMPANY_DOMAIN("companyDomain", "company domain", "domain", "website", "company website", "site web"),
    INDUSTRY("industry", "industry", "sector", "secteur"),
    EMPLOYEE_COUNT("employeeCount", "employee count", "employees", "company size", "headcount", "number of employees", "effectif"),
    LINKEDIN_URL("linkedinUrl", "linkedin url", "linkedin", "linkedin profile", "person linkedin url"),
    PHONE("phone", "phone", "phone number", "mobile", "telephone", "téléphone"),
    CITY("city", "city", "town", "ville"),
    COUNTRY("country", "country", "country code", "pays");

    private final String key;
    private final List<String> headerNames;

    ProspectField(String key, String... headerNames) {
        this.key = key;
        this.headerNames = List.of(headerNames);
    }

    /** The name used in a column mapping ({@code "firstName"}). */
    public String key() {
        return key;
    }

    public boolean mandatory() {
        return this == EMAIL;
    }

    public static Optional<ProspectField> ofKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equalsIgnoreCase(key == null ? "" : key.trim())).findFirst();
    }

    /** The field a header most likely holds ("E-mail Address" is the email), if any. */
    static Optional<ProspectField> guess(String header) {
        String normalised = header == null ? "" : header.trim().toLowerCase(Locale.ROOT).replaceAll("[_.]+", " ")
                .replaceAll("\\s+", " ");
        String compact = normalised.replace(" ", "");
        return Arrays.stream(values())
                .filter(field -> field.headerNames.contains(normalised) || field.key.toLowerCase(Locale.ROOT).equals(compact))
                .findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(ProspectField::key).toList();
    }
}
