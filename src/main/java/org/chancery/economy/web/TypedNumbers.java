package org.chancery.economy.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number as staff copy it from a source, in English or Russian writing: "162000000",
 * "1 234,5", "1,234.5", "162 million", "1,5 млрд", "+50%", "−12,5". Spaces (also non-breaking)
 * and apostrophes group digits; of a comma and a point the later one marks the decimals; a
 * lone comma followed by exactly three digits groups them ("1,234" is 1234: an amount has no
 * more than two decimals), otherwise it marks the decimals ("12,5").
 */
final class TypedNumbers {

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("thousand", BigDecimal.TEN.pow(3)), Map.entry("thousands", BigDecimal.TEN.pow(3)),
            Map.entry("k", BigDecimal.TEN.pow(3)), Map.entry("тыс", BigDecimal.TEN.pow(3)),
            Map.entry("тысяч", BigDecimal.TEN.pow(3)), Map.entry("тысячи", BigDecimal.TEN.pow(3)),
            Map.entry("million", BigDecimal.TEN.pow(6)), Map.entry("millions", BigDecimal.TEN.pow(6)),
            Map.entry("mln", BigDecimal.TEN.pow(6)), Map.entry("m", BigDecimal.TEN.pow(6)),
            Map.entry("млн", BigDecimal.TEN.pow(6)), Map.entry("миллион", BigDecimal.TEN.pow(6)),
            Map.entry("миллиона", BigDecimal.TEN.pow(6)), Map.entry("миллионов", BigDecimal.TEN.pow(6)),
            Map.entry("billion", BigDecimal.TEN.pow(9)), Map.entry("billions", BigDecimal.TEN.pow(9)),
            Map.entry("bn", BigDecimal.TEN.pow(9)), Map.entry("млрд", BigDecimal.TEN.pow(9)),
            Map.entry("миллиард", BigDecimal.TEN.pow(9)), Map.entry("миллиарда", BigDecimal.TEN.pow(9)),
            Map.entry("миллиардов", BigDecimal.TEN.pow(9)),
            Map.entry("trillion", BigDecimal.TEN.pow(12)), Map.entry("трлн", BigDecimal.TEN.pow(12)));

    private static final Pattern NUMBER = Pattern.compile("([+-]?)([\\d.,]+)(?:\\s*([\\p{L}]+)\\.?)?\\s*%?");

    private TypedNumbers() {
    }

    /** The number typed, exactly as written (no rounding), or empty where it does not read as one. */
    static Optional<BigDecimal> read(String typed) {
        String text = typed.strip().toLowerCase(Locale.ROOT)
                .replace('\u2212', '-').replace('\u2013', '-')
                .replaceAll("(?<=\\d)[\\s\\u00a0\\u202f'’]+(?=\\d)", "");
        Matcher number = NUMBER.matcher(text);
        if (!number.matches()) {
            return Optional.empty();
        }
        BigDecimal scale = BigDecimal.ONE;
        if (number.group(3) != null) {
            scale = SCALES.get(number.group(3));
            if (scale == null) {
                return Optional.empty();
            }
        }
        String digits = plain(number.group(2));
        if (digits == null) {
            return Optional.empty();
        }
        // "1.5 billion" is 1500000000, not 1500000000.0; "12.50" is 12.5.
        BigDecimal value = new BigDecimal(digits).multiply(scale).stripTrailingZeros();
        value = value.scale() < 0 ? value.setScale(0) : value;
        return Optional.of("-".equals(number.group(1)) ? value.negate() : value);
    }

    /** The digits with one decimal point at most, or null where the separators make no sense. */
    private static String plain(String digits) {
        int comma = digits.lastIndexOf(',');
        int point = digits.lastIndexOf('.');
        String text;
        if (comma >= 0 && point >= 0) {
            char decimal = comma > point ? ',' : '.';
            char grouping = comma > point ? '.' : ',';
            String whole = digits.substring(0, Math.max(comma, point)).replace(String.valueOf(grouping), "");
            if (whole.indexOf(decimal) >= 0) {
                return null;
            }
            text = whole + "." + digits.substring(Math.max(comma, point) + 1);
        } else if (comma >= 0 || point >= 0) {
            char separator = comma >= 0 ? ',' : '.';
            int count = (int) digits.chars().filter(c -> c == separator).count();
            boolean grouping = count > 1 || separator == ',' && digits.length() - comma - 1 == 3;
            text = grouping ? groups(digits, separator) : digits.replace(separator, '.');
        } else {
            text = digits;
        }
        return text == null || !text.matches("\\d+(\\.\\d+)?") ? null : text;
    }

    /** "1,234,567" → "1234567", provided every group after the first has three digits. */
    private static String groups(String digits, char separator) {
        String[] parts = digits.split(Pattern.quote(String.valueOf(separator)), -1);
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return null;
            }
        }
        return parts[0].isEmpty() ? null : String.join("", parts);
    }
}
