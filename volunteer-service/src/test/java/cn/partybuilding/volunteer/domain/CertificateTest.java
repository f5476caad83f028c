package cn.partybuilding.volunteer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificateTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    private static VolunteerRecord confirmed(String id, String community, String cstStart, String cstEnd, String hours) {
        VolunteerRecord record = new VolunteerRecord();
        record.id = id;
        record.communityId = community;
        record.startAt = OffsetDateTime.parse(cstStart + "+08:00").toInstant();
        record.endAt = OffsetDateTime.parse(cstEnd + "+08:00").toInstant();
        record.serviceDate = ServiceTimeRules.serviceDate(record.startAt);
        record.hours = new BigDecimal(hours);
        record.description = "入户走访";
        return record;
    }

    private static Certificate certificate(LocalDate from, List<VolunteerRecord> records) {
        return Certificate.of("m1", "李明", "370202********1234", "第一党支部", from, TO, records, Map.of("c1", "延安路社区"), LocalDate.of(2026, 1, 5), "平台");
    }

    @Test
    void totalsAndLinesComeFromTheConfirmedRecords() {
        Certificate certificate = certificate(FROM, List.of(
                confirmed("r1", "c1", "2025-05-01T07:30:00", "2025-05-01T10:00:00", "2.5"),
                confirmed("r2", "c1", "2025-05-02T09:00:00", "2025-05-02T10:00:00", "1.0"),
                confirmed("r3", "c2", "2025-06-01T00:30:00", "2025-06-01T02:00:00", "1.5")));

        assertEquals(new BigDecimal("5.0"), certificate.hours());
        assertEquals(3, certificate.personTimes());
        assertEquals(2, certificate.communitiesServed());
        // China Standard Time clock times; the community by name, or by id when its name is unknown
        assertEquals(new Certificate.Line(LocalDate.of(2025, 5, 1), LocalTime.of(7, 30), LocalTime.of(10, 0), "延安路社区", "入户走访",
                new BigDecimal("2.5")), certificate.lines().get(0));
        assertEquals(new Certificate.Line(LocalDate.of(2025, 6, 1), LocalTime.of(0, 30), LocalTime.of(2, 0), "c2", "入户走访",
                new BigDecimal("1.5")), certificate.lines().get(2));
    }

    @Test
    void aCertificateOfNoRecordsCertifiesZeroHours() {
        Certificate certificate = certificate(FROM, List.of());
        assertEquals("0.0", certificate.hours().toPlainString());
        assertEquals(0, certificate.personTimes());
        assertTrue(certificate.lines().isEmpty());
    }

    @Test
    void theNumberStaysForUnchangedRecordsAndChangesWithThemOrThePeriod() {
        List<VolunteerRecord> records = List.of(confirmed("r1", "c1", "2025-05-01T08:00:00", "2025-05-01T10:00:00", "2.0"));
        String number = certificate(FROM, records).number();
        assertTrue(number.matches("ZY-[0-9A-F]{16}"), number);
        assertEquals(number, certificate(FROM, List.of(confirmed("r1", "c1", "2025-05-01T08:00:00", "2025-05-01T10:00:00", "2.0"))).number());
        assertNotEquals(number, certificate(FROM, List.of(confirmed("r1", "c1", "2025-05-01T08:00:00", "2025-05-01T10:00:00", "1.5"))).number());
        assertNotEquals(number, certificate(LocalDate.of(2025, 2, 1), records).number());
    }
}
