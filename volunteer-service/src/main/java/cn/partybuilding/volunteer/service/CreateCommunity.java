package cn.partybuilding.volunteer.service;

/** Registers a community; the name is unique within its district. */
public record CreateCommunity(String name, String district, String street, String address, String contactName,
                              String contactPhone) {
}
