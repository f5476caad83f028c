package cn.partybuilding.branch.domain;

import cn.partybuilding.common.time.ChinaTime;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 18-character resident identity number of GB 11643-1999: 6 digits of region, 8 of birth date,
 * 3 of sequence (odd for men, even for women) and a check character (ISO 7064 MOD 11-2, X for 10).
 */
public record ResidentIdNumber(String value, LocalDate birthDate, Gender gender) {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    /** The parsed number, or empty when its shape, date or check character is wrong. */
    public static Optional<ResidentIdNumber> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.trim().toUpperCase();
        if (!SHAPE.matcher(value).matches() || checkCharacter(value) != value.charAt(17)) {
            return Optional.empty();
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (birth.getYear() < 1900 || birth.isAfter(ChinaTime.today())) {
            return Optional.empty();
        }
        Gender gender = (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
        return Optional.of(new ResidentIdNumber(value, birth, gender));
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
