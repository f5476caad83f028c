package cn.partybuilding.branch.domain;

/** Filters of the designation list; every one optional (null: not filtered). */
public record DesignationFilter(String subtreePath, DesignationKind kind, Integer year, DesignationStatus status) {
}
