package cn.partybuilding.branch.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 《中国共产党章程》第一条 "年满十八岁"; 第七条 "预备党员的预备期为一年". */
class AdmissionTest {

    @Test
    void aMemberIsEighteenOnTheDayOfAdmission() {
        LocalDate birth = LocalDate.of(2000, 7, 1);
        assertFalse(Admission.oldEnough(birth, LocalDate.of(2018, 6, 30)));
        assertTrue(Admission.oldEnough(birth, LocalDate.of(2018, 7, 1)));
    }

    @Test
    void someoneBornOnTheTwentyNinthOfFebruaryIsEighteenOnTheFirstOfMarch() {
        LocalDate leapDay = LocalDate.of(2004, 2, 29);
        assertFalse(Admission.oldEnough(leapDay, LocalDate.of(2022, 2, 28)));
        assertTrue(Admission.oldEnough(leapDay, LocalDate.of(2022, 3, 1)));
    }

    @Test
    void aFullMemberWasAdmittedAtLeastOneProbationAgo() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertTrue(Admission.mayBeFull(LocalDate.of(2025, 12, 3), today), "probation ends today");
        assertFalse(Admission.mayBeFull(LocalDate.of(2025, 12, 4), today));
        assertFalse(Admission.mayBeFull(LocalDate.of(2026, 10, 1), today));
        assertTrue(Admission.mayBeFull(LocalDate.of(2001, 7, 1), today));
    }
}
