package cn.partybuilding.volunteer.service;

/** 圆愿: the claimer says what was done. */
public record FulfilWish(String note) {
}
