package io.opensdr.prospector.sources.csv;

import io.opensdr.prospector.domain.Candidate;
import io.opensdr.prospector.domain.Company;
import io.opensdr.prospector.domain.EmailGrade;
import io.opensdr.prospector.domain.Person;
import io.opensdr.prospector.domain.ProspectEnricher;
import io.opensdr.prospector.domain.TitleSeniority;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one row of a CSV file into a candidate, or says in one error what is wrong with it: a
 * wrong number of cells, a cell that is not valid UTF-8, a cell that a spreadsheet would run as a
 * formula, a missing or malformed email, a number that is not one, a cell too long. Only mapped
 * cells are checked, since the others are not stored. Optional cells that are not understood
 * (a country name it does not know) are left empty rather than failing the row.
 */
public final class CsvRowValidator {

    static final int MAX_CELL_LENGTH = 500;

    /** A phone number in international form starts with "+", which is not a formula. */
    private static final Pattern PHONE = Pattern.compile("^\\+[0-9][0-9 ().\\-/]{3,30}$");
    private static final Pattern COUNT = Pattern.compile("^(\\d[\\d ,.'\u00a0\u202f]*)(\\+|\\s*-\\s*\\d[\\d ,.'\u00a0\u202f]*)?$");
    private static final Set<String> FREE_MAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "hotmail.com",
            "hotmail.fr", "outlook.com", "live.com", "icloud.com", "me.com", "aol.com", "gmx.de", "gmx.net", "web.de",
            "orange.fr", "free.fr", "laposte.net", "proton.me", "protonmail.com", "mail.com", "yandex.ru");
    private static final Map<String, String> COUNTRIES = countries();

    private final ColumnMapping mapping;

    public CsvRowValidator(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    /**
     * @param row       the row's number in the file (header = 1)
     * @param cells     the row's cells as parsed
     * @param sourceKey the key the candidate gets in the CSV source
     */
    RowResult validate(long row, List<String> cells, String sourceKey) {
        if (cells.stream().allMatch(String::isBlank)) {
            return RowResult.BLANK;
        }
        if (cells.size() != mapping.headerSize()) {
            return RowResult.invalid(row, null, "The row has " + cells.size() + " cells where the header has "
                    + mapping.headerSize() + " (a delimiter or a quote out of place?).");
        }
        for (Map.Entry<ProspectField, Integer> entry : mapping.columns().entrySet()) {
            String cell = cells.get(entry.getValue());
            String column = mapping.columnName(entry.getValue());
            if (cell.indexOf(StrictUtf8Reader.MALFORMED) >= 0) {
                return RowResult.invalid(row, column, "The cell is not valid UTF-8 (or holds the replacement character "
                        + "U+FFFD): save the file as \"CSV UTF-8\".");
            }
            if (isFormula(entry.getKey(), cell)) {
                return RowResult.invalid(row, column, "The cell starts with \"" + printable(formulaStart(cell))
                        + "\", which a spreadsheet would run as a formula (formula injection); it is not imported.");
            }
            if (cell.trim().length() > MAX_CELL_LENGTH) {
                return RowResult.invalid(row, column, "The cell is longer than " + MAX_CELL_LENGTH + " characters.");
            }
        }
        String email = value(cells, ProspectField.EMAIL);
        if (email == null) {
            return RowResult.invalid(row, header(ProspectField.EMAIL), "The email is missing.");
        }
        if (!isEmail(email)) {
            return RowResult.invalid(row, header(ProspectField.EMAIL), "\"" + email + "\" is not a valid email address.");
        }
        String employees = value(cells, ProspectField.EMPLOYEE_COUNT);
        Integer employeeCount = null;
        if (employees != null) {
            employeeCount = employeeCount(employees);
            if (employeeCount == null) {
                return RowResult.invalid(row, header(ProspectField.EMPLOYEE_COUNT),
                        "\"" + employees + "\" is not a number of employees (e.g. 250, 1,200, 51-200 or 1000+).");
            }
        }
        String title = value(cells, ProspectField.TITLE);
        String country = country(value(cells, ProspectField.COUNTRY));
        String domain = domain(value(cells, ProspectField.COMPANY_DOMAIN));
        if (domain == null) {
            String emailDomain = email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
            domain = FREE_MAIL.contains(emailDomain) ? null : emailDomain;
        }
        Person person = new Person(value(cells, ProspectField.FIRST_NAME), value(cells, ProspectField.LAST_NAME), title,
                TitleSeniority.of(title), email, EmailGrade.UNKNOWN, value(cells, ProspectField.PHONE),
                linkedin(value(cells, ProspectField.LINKEDIN_URL)), value(cells, ProspectField.CITY), country, null);
        Company company = new Company(value(cells, ProspectField.COMPANY), domain, value(cells, ProspectField.INDUSTRY),
                employeeCount, null, country, null);
        return RowResult.valid(new Candidate(sourceKey, person, company, List.of()));
    }

    /** OWASP's rule for CSV injection: = + - @ first, or a tab or carriage return first. */
    static boolean isFormula(ProspectField field, String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char raw = cell.charAt(0);
        if (raw == '\t' || raw == '\r') {
            return true;
        }
        String trimmed = cell.trim();
        if (trimmed.isEmpty()) {
            return false;
        }
        char first = trimmed.charAt(0);
        if (first == '+' && field == ProspectField.PHONE && PHONE.matcher(trimmed).matches()) {
            return false;
        }
        return first == '=' || first == '+' || first == '-' || first == '@';
    }

    private static char formulaStart(String cell) {
        char raw = cell.charAt(0);
        return raw == '\t' || raw == '\r' ? raw : cell.trim().charAt(0);
    }

    static boolean isEmail(String email) {
        return ProspectEnricher.isWellFormed(email); // the one syntax check every source's people pass
    }

    /** "1,200" → 1200, "51-200" → 51 (the range's lower bound), "1000+" → 1000. */
    static Integer employeeCount(String cell) {
        var matcher = COUNT.matcher(cell.trim());
        if (!matcher.matches()) {
            return null;
        }
        String digits = matcher.group(1).replaceAll("[^0-9]", "");
        if (digits.length() > 9) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static String country(String cell) {
        if (cell == null) {
            return null;
        }
        return COUNTRIES.get(cell.trim().toLowerCase(Locale.ROOT));
    }

    private static String domain(String cell) {
        if (cell == null) {
            return null;
        }
        String domain = cell.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int end = domain.indexOf('/');
        domain = end >= 0 ? domain.substring(0, end) : domain;
        return domain.isBlank() || domain.contains(" ") ? null : domain;
    }

    private static String linkedin(String cell) {
        if (cell == null || cell.contains(" ")) {
            return null;
        }
        return cell.matches("(?i)^https?://.*") ? cell : "https://" + cell;
    }

    private String value(List<String> cells, ProspectField field) {
        int column = mapping.column(field);
        if (column < 0) {
            return null;
        }
        String value = cells.get(column).trim();
        return value.isEmpty() ? null : value;
    }

    private String header(ProspectField field) {
        return mapping.columnName(mapping.column(field));
    }

    private static String printable(char c) {
        return switch (c) {
            case '\t' -> "a tab";
            case '\r' -> "a carriage return";
            default -> String.valueOf(c);
        };
    }

    private static Map<String, String> countries() {
        Map<String, String> countries = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale locale = new Locale("", code);
            countries.put(code.toLowerCase(Locale.ROOT), code);
            countries.put(locale.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            countries.put(locale.getDisplayCountry(Locale.FRENCH).toLowerCase(Locale.ROOT), code);
        }
        countries.put("uk", "GB");
        countries.put("usa", "US");
        return Map.copyOf(countries);
    }
}
