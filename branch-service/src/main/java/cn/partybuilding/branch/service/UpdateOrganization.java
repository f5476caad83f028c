package cn.partybuilding.branch.service;

import java.time.LocalDate;

/** Changes to an organization: null leaves a field as it is; a blank unit name clears it. */
public record UpdateOrganization(String code, String name, String unitName, Boolean temporary, Boolean functional,
                                 LocalDate establishedOn) {
}
