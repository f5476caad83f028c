package cn.partybuilding.branch.service;

/** Moves an organization, with its whole subtree, under a new parent. */
public record MoveOrganization(String parentId) {
}
