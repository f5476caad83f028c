package cn.partybuilding.volunteer.domain;

/** The resident behind a wish, in clear text; stored encrypted on the {@link Wish}. */
public record Resident(String name, String phone) {
}
