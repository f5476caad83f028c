package cn.partybuilding.branch.service;

/** 延长预备期 by a number of months (6 to 12, once). */
public record ExtendProbation(int months) {
}
