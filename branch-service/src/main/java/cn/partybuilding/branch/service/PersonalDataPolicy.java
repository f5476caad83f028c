package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.Member;
import cn.partybuilding.common.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who sees a member's phone and ID number in full: system administrators, the organization
 * administrators whose subtree holds the member, and the member themself. Everyone else gets
 * them masked.
 */
@RequestScoped
public class PersonalDataPolicy {

    @Inject
    CallerScope scope;

    public boolean mayReadInFull(Member member) {
        if (scope.caller().isSystemAdmin()) {
            return true;
        }
        if (member.id.equals(scope.caller().subject())) {
            return true;
        }
        // every member a caller can load lies within the caller's subtree
        return scope.caller().hasRole(Role.ORG_ADMIN);
    }
}
