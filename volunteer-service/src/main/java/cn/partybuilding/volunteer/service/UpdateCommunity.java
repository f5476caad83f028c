package cn.partybuilding.volunteer.service;

/** Changes a community; null fields stay as they are. */
public record UpdateCommunity(String name, String district, String street, String address, String contactName,
                              String contactPhone) {
}
