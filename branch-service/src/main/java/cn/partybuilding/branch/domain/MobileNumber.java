package cn.partybuilding.branch.domain;

import java.util.regex.Pattern;

/** Mainland China mobile numbers: 11 digits, 1 then 3–9. A +86 or 86 prefix and spaces are tolerated. */
public final class MobileNumber {

    private static final Pattern SHAPE = Pattern.compile("1[3-9]\\d{9}");

    private MobileNumber() {
    }

    /** The canonical 11 digits, or null when the input is not a mainland mobile number. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return SHAPE.matcher(digits).matches() ? digits : null;
    }
}
