package io.opensdr.qualifier.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An employee range as campaigns state it: {@code 51-200}, or open-ended {@code 1000+}.
 *
 * @param label the text the campaign used, kept so that it can be stored and shown as entered
 */
public record CompanySizeRange(String label, int min, int max) {

    private static final Pattern BOUNDED = Pattern.compile("\\s*(\\d{1,9})\\s*[-–]\\s*(\\d{1,9})\\s*");
    private static final Pattern OPEN = Pattern.compile("\\s*(\\d{1,9})\\s*\\+\\s*");

    /** The range a label states, or empty when it states none (campaigns are typed by hand). */
    public static Optional<CompanySizeRange> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher bounded = BOUNDED.matcher(label);
        if (bounded.matches()) {
            int low = Integer.parseInt(bounded.group(1));
            int high = Integer.parseInt(bounded.group(2));
            return low <= high ? Optional.of(new CompanySizeRange(label.trim(), low, high)) : Optional.empty();
        }
        Matcher open = OPEN.matcher(label);
        if (open.matches()) {
            return Optional.of(new CompanySizeRange(label.trim(), Integer.parseInt(open.group(1)), Integer.MAX_VALUE));
        }
        return Optional.empty();
    }

    public boolean contains(int employees) {
        return employees >= min && employees <= max;
    }
}
