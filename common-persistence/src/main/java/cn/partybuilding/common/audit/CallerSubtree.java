package cn.partybuilding.common.audit;

/**
 * The part of the tree whose audit events the caller may read. Each service implements it with its
 * own scope: the path prefix of the caller's organization, or {@code null} for a system
 * administrator, who reads every event.
 */
public interface CallerSubtree {

    String path();
}
