package cn.partybuilding.volunteer.domain;

import cn.partybuilding.common.time.ChinaTime;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * 志愿服务时长证明: a member's confirmed records in a period with their totals, and the member's ID number
 * always masked (记录证明意见 lists it among the volunteer's identity), the one content that
 * the printable page and the PDF both show. The number is a digest of the member, the period and
 * every counted record, so a reissued certificate for unchanged records carries the same number.
 */
public record Certificate(String number, String memberName, String maskedIdCardNumber, String organizationName, LocalDate from, LocalDate to,
                          BigDecimal hours, int personTimes, long communitiesServed, List<Line> lines, LocalDate issuedOn,
                          String issuer) {

    /** One confirmed record: its China Standard Time day and clock times, the community, what was done, how long. */
    public record Line(LocalDate serviceDate, LocalTime start, LocalTime end, String communityName, String description,
                       BigDecimal hours) {
    }

    /**
     * The certificate of a member's confirmed records in a period, oldest first; each community is
     * named from {@code communityNames}, or by its id when the name is unknown.
     */
    public static Certificate of(String memberId, String memberName, String maskedIdCardNumber, String organizationName,
                                 LocalDate from, LocalDate to,
                                 List<VolunteerRecord> confirmed, Map<String, String> communityNames, LocalDate issuedOn,
                                 String issuer) {
        BigDecimal hours = confirmed.stream().map(r -> r.hours).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
        long communities = confirmed.stream().map(r -> r.communityId).distinct().count();
        List<Line> lines = confirmed.stream()
                .map(r -> new Line(r.serviceDate, chinaClock(r.startAt), chinaClock(r.endAt),
                        communityNames.getOrDefault(r.communityId, r.communityId), r.description, r.hours))
                .toList();
        return new Certificate(number(memberId, from, to, confirmed), memberName, maskedIdCardNumber, organizationName, from, to, hours,
                confirmed.size(), communities, lines, issuedOn, issuer);
    }

    private static LocalTime chinaClock(Instant at) {
        return at.atZone(ChinaTime.ZONE).toLocalTime();
    }

    private static String number(String memberId, LocalDate from, LocalDate to, List<VolunteerRecord> confirmed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((memberId + "|" + from + "|" + to).getBytes(StandardCharsets.UTF_8));
            confirmed.forEach(r -> digest.update(("|" + r.id + ":" + r.hours).getBytes(StandardCharsets.UTF_8)));
            return "ZY-" + HexFormat.of().withUpperCase().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
