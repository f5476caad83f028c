package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.OrganizationType;
import java.time.LocalDate;

/** A new organization; without a parent it is a root, which only a system administrator creates. */
public record CreateOrganization(String code, String name, OrganizationType type, String parentId, String unitName,
                                 Boolean temporary, Boolean functional, LocalDate establishedOn) {
}
