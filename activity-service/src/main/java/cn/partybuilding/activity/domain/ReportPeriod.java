package cn.partybuilding.activity.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/** A year, a quarter or a month of a year: what a compliance report covers. */
public record ReportPeriod(int year, Integer quarter, Integer month) {

    public ReportPeriod {
        if (quarter != null && month != null) {
            throw new IllegalArgumentException("a period is a year, a quarter or a month, not both");
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new IllegalArgumentException("quarter must be 1 to 4");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 1 to 12");
        }
    }

    public LocalDate start() {
        if (month != null) {
            return LocalDate.of(year, month, 1);
        }
        return LocalDate.of(year, quarter == null ? 1 : (quarter - 1) * 3 + 1, 1);
    }

    /** The first day after the period. */
    public LocalDate end() {
        return start().plusMonths(months());
    }

    public int months() {
        return month != null ? 1 : quarter != null ? 3 : 12;
    }

    public String label() {
        return month != null ? YearMonth.of(year, month).toString() : quarter != null ? year + "-Q" + quarter : Integer.toString(year);
    }
}
