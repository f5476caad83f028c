package cn.partybuilding.common.time;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * China Standard Time, the zone every date of the suite is on: probation ends, notice periods end,
 * 24-hour days are counted and report periods begin on China's calendar, whatever zone the server
 * runs in (a container's default is UTC, eight hours behind: its "today" is yesterday in China until
 * 08:00).
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
