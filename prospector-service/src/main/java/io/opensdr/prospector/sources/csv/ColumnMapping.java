package io.opensdr.prospector.sources.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of the file holds which field, by the column's position in the header. Built from
 * the user's mapping (CSV column name → field) checked against the file's header, or suggested
 * from the header's names.
 */
public final class ColumnMapping {

    private final List<String> header;
    private final Map<ProspectField, Integer> columns;

    private ColumnMapping(List<String> header, Map<ProspectField, Integer> columns) {
        this.header = List.copyOf(header);
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    /**
     * Checks a requested mapping: every column must be in the header (once), every field known
     * and mapped once, and the mandatory fields mapped.
     */
    public static ColumnMapping resolve(List<String> header, Map<String, String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw CsvImportException.badMapping("The mapping is empty: map at least a column to email.", header);
        }
        Map<ProspectField, Integer> columns = new EnumMap<>(ProspectField.class);
        List<String> problems = new ArrayList<>();
        requested.forEach((column, fieldKey) -> {
            if (fieldKey == null || fieldKey.isBlank()) {
                return; // "not imported"
            }
            Optional<ProspectField> field = ProspectField.ofKey(fieldKey);
            String name = column == null ? "" : column.trim();
            int index = indexOf(header, name);
            if (field.isEmpty()) {
                problems.add("\"" + fieldKey + "\" (for column \"" + name + "\") is not a field; the fields are "
                        + String.join(", ", ProspectField.keys()));
            } else if (index < 0) {
                problems.add("column \"" + name + "\" is not in the file's header");
            } else if (header.lastIndexOf(header.get(index)) != index) {
                problems.add("column \"" + name + "\" appears more than once in the header");
            } else if (columns.putIfAbsent(field.get(), index) != null) {
                problems.add("field " + field.get().key() + " is mapped from more than one column");
            }
        });
        for (ProspectField field : ProspectField.values()) {
            if (field.mandatory() && !columns.containsKey(field)) {
                problems.add("no column is mapped to " + field.key() + ", which is mandatory");
            }
        }
        if (!problems.isEmpty()) {
            throw CsvImportException.badMapping("The column mapping is not valid: " + String.join("; ", problems) + ".", header);
        }
        return new ColumnMapping(header, columns);
    }

    /** The column's position: its exact name, else the one column whose name differs only in case. */
    private static int indexOf(List<String> header, String name) {
        int exact = header.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                matches.add(i);
            }
        }
        return matches.size() == 1 ? matches.get(0) : -1;
    }

    /** The mapping the header's names suggest ("E-mail" → email); it may lack mandatory fields. */
    public static Map<String, String> suggest(List<String> header) {
        Map<String, String> suggested = new LinkedHashMap<>();
        List<ProspectField> taken = new ArrayList<>();
        for (String column : header) {
            ProspectField.guess(column).filter(field -> !taken.contains(field)).filter(field -> header.indexOf(column)
                    == header.lastIndexOf(column)).ifPresent(field -> {
                        taken.add(field);
                        suggested.put(column, field.key());
                    });
        }
        return suggested;
    }

    /** The position of the column holding {@code field}, or -1 when it is not imported. */
    int column(ProspectField field) {
        return columns.getOrDefault(field, -1);
    }

    /** The header name of a position (for error messages). */
    String columnName(int index) {
        return index >= 0 && index < header.size() ? header.get(index) : "#" + (index + 1);
    }

    int headerSize() {
        return header.size();
    }

    Map<ProspectField, Integer> columns() {
        return columns;
    }

    /** The mapping as the user reads it: CSV column → field, in the file's column order. */
    public Map<String, String> asRequested() {
        Map<String, String> mapping = new LinkedHashMap<>();
        columns.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(entry -> mapping.put(header.get(entry.getValue()), entry.getKey().key()));
        return mapping;
    }
}
