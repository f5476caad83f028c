package cn.partybuilding.branch.domain;

import java.util.Collection;

/** Filters of the member list; every one optional (null: not filtered). */
public record MemberFilter(String subtreePath, MemberStatus status, Post post, String nameContains,
                           Collection<String> ids) {
}
