package cn.partybuilding.branch.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today on China's calendar. Probation ends, notice periods end and transfers take effect on China
 * Standard Time dates, whatever zone the server runs in (a container's default is UTC, eight hours
 * behind: its "today" is yesterday in China until 08:00).
 */
public final class ChinaDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaDate() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
