package cn.partybuilding.branch.domain;

import java.util.List;

/** An organization with the members holding its posts, as a single read shows it. */
public record OrganizationWithLeaders(Organization organization, List<Leader> leaders) {
}
