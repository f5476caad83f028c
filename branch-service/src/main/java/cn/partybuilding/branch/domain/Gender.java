package cn.partybuilding.branch.domain;

public enum Gender {
    MALE,
    FEMALE
}
