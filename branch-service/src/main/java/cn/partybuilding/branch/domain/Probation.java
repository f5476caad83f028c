package cn.partybuilding.branch.domain;

import java.time.LocalDate;

/**
 * 预备期: one year from the branch general meeting's vote; it may be extended once, by six to twelve
 * months, after which the member becomes full or is disqualified.
 */
public final class Probation {

    public static final int MIN_EXTENSION_MONTHS = 6;
    public static final int MAX_EXTENSION_MONTHS = 12;

    private Probation() {
    }

    public static LocalDate end(LocalDate admittedOn) {
        return admittedOn.plusYears(1);
    }

    public static LocalDate extendedEnd(LocalDate currentEnd, int months) {
        if (months < MIN_EXTENSION_MONTHS || months > MAX_EXTENSION_MONTHS) {
            throw new IllegalArgumentException("Extension must be 6 to 12 months");
        }
        return currentEnd.plusMonths(months);
    }
}
