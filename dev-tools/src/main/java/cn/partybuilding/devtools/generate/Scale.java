package cn.partybuilding.devtools.generate;

/**
 * The size of a generated data set: {@code units} departments of 46 organizations each under a new
 * working committee, {@code members} spread over their branches; for volunteer-service
 * {@code communities}, {@code volunteerRecords} of up to 20 members per branch and {@code wishes}.
 * A year of activities (activity-service) is about 40 per branch, whatever the scale.
 */
public record Scale(String name, int units, int members, int communities, int volunteerRecords, int wishes) {

    public static final Scale CITY = new Scale("city", 100, 60_000, 2_000, 1_000_000, 20_000);
    public static final Scale PROVINCE = new Scale("province", 110, 100_000, 2_000, 1_000_000, 20_000);

    public static Scale of(String name) {
        return switch (name) {
            case "city" -> CITY;
            case "province" -> PROVINCE;
            default -> throw new IllegalArgumentException("unknown scale " + name + " (city or province)");
        };
    }
}
