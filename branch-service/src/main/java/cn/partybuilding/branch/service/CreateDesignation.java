package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.DesignationKind;
import cn.partybuilding.branch.domain.DesignationStatus;

/** A designation of an organization for a year; ACTIVE when no status is given. */
public record CreateDesignation(String organizationId, DesignationKind kind, String title, int year,
                                DesignationStatus status, String remarks) {
}
