package cn.partybuilding.activity.domain;

/**
 * "At least {@code count} activities of {@code type} every {@code everyMonths} months" (三会一课).
 * Over a report period the required number is the count times the whole intervals the period
 * holds; a yearly rule asks nothing of a single month or quarter.
 */
public record Requirement(ActivityType type, int count, int everyMonths) {

    public Requirement {
        if (count < 1 || everyMonths < 1 || 12 % everyMonths != 0) {
            throw new IllegalArgumentException("a requirement is at least once every 1, 2, 3, 4, 6 or 12 months");
        }
    }

    public int requiredIn(ReportPeriod period) {
        return count * (period.months() / everyMonths);
    }
}
