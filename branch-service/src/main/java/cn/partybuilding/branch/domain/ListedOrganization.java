package cn.partybuilding.branch.domain;

/**
 * An organization as lists show it: for a branch, whether it has a committee (支部委员会) by its
 * kept member counts today; {@code null} for other types.
 */
public record ListedOrganization(Organization organization, Boolean hasCommittee) {
}
