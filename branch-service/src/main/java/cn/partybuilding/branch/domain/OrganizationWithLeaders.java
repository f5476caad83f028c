package cn.partybuilding.branch.domain;

import java.util.List;

/**
 * An organization with the members holding its posts, as a single read shows it; for a branch,
 * whether it has a committee ({@code null} for other types).
 */
public record OrganizationWithLeaders(Organization organization, List<Leader> leaders, Boolean hasCommittee) {
}
