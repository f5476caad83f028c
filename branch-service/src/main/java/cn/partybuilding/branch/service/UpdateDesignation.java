package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.DesignationStatus;

/** Changes to a designation: null leaves a field as it is. */
public record UpdateDesignation(String title, String remarks, DesignationStatus status) {
}
