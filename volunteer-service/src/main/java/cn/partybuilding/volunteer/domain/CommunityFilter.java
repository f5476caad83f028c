package cn.partybuilding.volunteer.domain;

/** Which communities a list shows: a district and a part of the name, each optional. */
public record CommunityFilter(String district, String nameContains) {
}
