package cn.partybuilding.branch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProbationTest {

    private static final LocalDate END = LocalDate.of(2026, 6, 28);

    @Test
    void probationLastsOneYear() {
        assertEquals(END, Probation.end(LocalDate.of(2025, 6, 28)));
    }

    @Test
    void probationAdmittedOnLeapDayEndsOnTheLastDayOfFebruary() {
        assertEquals(LocalDate.of(2025, 2, 28), Probation.end(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void extensionAddsSixToTwelveMonths() {
        assertEquals(LocalDate.of(2026, 12, 28), Probation.extendedEnd(END, 6));
        assertEquals(LocalDate.of(2027, 6, 28), Probation.extendedEnd(END, 12));
    }

    @ParameterizedTest
    @ValueSource(ints = {-6, 0, 5, 13, 24})
    void extensionOutsideSixToTwelveMonthsIsRefused(int months) {
        assertThrows(IllegalArgumentException.class, () -> Probation.extendedEnd(END, months));
    }

    @Test
    void probationIsOverFromItsLastDayOn() {
        assertFalse(Probation.isOver(END, END.minusDays(1)));
        assertTrue(Probation.isOver(END, END), "full membership or an extension can be decided on the day probation ends");
        assertTrue(Probation.isOver(END, END.plusYears(2)), "a decision that is overdue can still be recorded");
    }

    @Test
    void anExtensionCountsFromTheEndOfTheFirstYearNotFromTheDecision() {
        LocalDate extended = Probation.extendedEnd(Probation.end(LocalDate.of(2025, 6, 28)), 12);
        assertEquals(LocalDate.of(2027, 6, 28), extended, "at most two years in all");
    }
}
