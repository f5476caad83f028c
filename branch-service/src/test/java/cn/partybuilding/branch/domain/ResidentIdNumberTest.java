package cn.partybuilding.branch.domain;

import cn.partybuilding.common.time.ChinaTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;

class ResidentIdNumberTest {

    @Test
    void checkCharacterMatchesKnownNumbers() {
        // the first is the worked example of GB 11643-1999
        assertEquals('X', ResidentIdNumber.checkCharacter("11010519491231002"));
        assertEquals('2', ResidentIdNumber.checkCharacter("37020219880512001"));
    }

    @Test
    void parsesBirthDateAndFemaleForEvenSequence() {
        ResidentIdNumber number = ResidentIdNumber.parse("11010519491231002X").orElseThrow();

        assertEquals("11010519491231002X", number.value());
        assertEquals(LocalDate.of(1949, 12, 31), number.birthDate());
        assertEquals(Gender.FEMALE, number.gender());
    }

    @Test
    void parsesMaleForOddSequence() {
        ResidentIdNumber number = ResidentIdNumber.parse(withCheckCharacter("37020219880512001")).orElseThrow();

        assertEquals(LocalDate.of(1988, 5, 12), number.birthDate());
        assertEquals(Gender.MALE, number.gender());
    }

    @Test
    void acceptsLowercaseXAndSurroundingSpaceAndStoresTheCanonicalForm() {
        assertEquals("11010519491231002X", ResidentIdNumber.parse("11010519491231002x").orElseThrow().value());
        assertEquals("11010519491231002X", ResidentIdNumber.parse(" 11010519491231002X ").orElseThrow().value());
    }

    @ParameterizedTest
    @NullSource
    @MethodSource("invalidNumbers")
    void rejects(String raw) {
        assertTrue(ResidentIdNumber.parse(raw).isEmpty());
    }

    static Stream<Named<String>> invalidNumbers() {
        String nextYear = ChinaTime.today().plusYears(1).format(DateTimeFormatter.BASIC_ISO_DATE);
        return Stream.of(
                Named.of("wrong check character", "110105194912310021"),
                Named.of("17 characters", "11010519491231002"),
                Named.of("19 characters", "11010519491231002X0"),
                Named.of("letters among the digits", withCheckCharacter("1101051949123100A")),
                Named.of("X before the last place", "1101051949123100X2"),
                Named.of("empty", ""),
                // the dates below carry a correct check character, so only the date can fail them
                Named.of("30 February", withCheckCharacter("11010519900230123")),
                Named.of("month 13", withCheckCharacter("11010519901301123")),
                Named.of("birth date in the future", withCheckCharacter("110105" + nextYear + "123")),
                Named.of("born before 1900", withCheckCharacter("11010518991231123")));
    }

    private static String withCheckCharacter(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
