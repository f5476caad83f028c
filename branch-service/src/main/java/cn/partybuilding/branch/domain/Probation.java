package cn.partybuilding.branch.domain;

import java.time.LocalDate;

/**
 * 预备期, as 《中国共产党章程》第七条 and 《中国共产党发展党员工作细则》(第三十二条) set it: "预备党员的预备期为一年",
 * counted "从支部大会通过他为预备党员之日"; at its end the branch decides on full membership, or
 * "可以延长一次预备期，延长时间不能少于半年，最长不超过一年". Full membership (转正) and an extension are
 * decided when probation is over ("预备期满"), never before; 党龄 counts from the end.
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

    /** Whether a probation ending on {@code end} is over on {@code today}: from the end day on. */
    public static boolean isOver(LocalDate end, LocalDate today) {
        return !today.isBefore(end);
    }
}
