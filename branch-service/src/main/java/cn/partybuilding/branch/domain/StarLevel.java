package cn.partybuilding.branch.domain;

/** 星级党支部: three, four or five stars. */
public enum StarLevel {
    THREE,
    FOUR,
    FIVE
}
