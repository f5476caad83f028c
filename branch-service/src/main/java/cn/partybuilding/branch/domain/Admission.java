package cn.partybuilding.branch.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * What a member's admission (入党, the day the 支部大会 admitted them) must satisfy when a member is
 * registered: 《中国共产党章程》第一条 admits people "年满十八岁", and a member can be full only after the
 * one-year probation that starts on that day ({@link Probation}).
 */
public final class Admission {

    public static final int MIN_AGE = 18;

    private Admission() {
    }

    /** Eighteen or older on the day of admission (a 29 February birthday comes of age on 1 March). */
    public static boolean oldEnough(LocalDate birthDate, LocalDate admittedOn) {
        return Period.between(birthDate, admittedOn).getYears() >= MIN_AGE;
    }

    /** Whether a member admitted on {@code admittedOn} can be a full member on {@code today}. */
    public static boolean mayBeFull(LocalDate admittedOn, LocalDate today) {
        return Probation.isOver(Probation.end(admittedOn), today);
    }
}
