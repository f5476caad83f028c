package cn.partybuilding.branch.service;

import java.time.LocalDate;

/** 组织关系转接 of a member to another branch or party group; effective today when no date is given. */
public record TransferMember(String toOrganizationId, String reason, LocalDate effectiveOn) {
}
