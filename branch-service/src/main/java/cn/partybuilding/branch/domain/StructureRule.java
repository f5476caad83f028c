package cn.partybuilding.branch.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Rules of branch structure (党支部设置): a branch needs at least three full members, should have no
 * more than fifty members, and with seven or more full members must elect a committee (支委会).
 */
@Schema(description = "党支部设置规则 / Branch structure rule：TOO_FEW_FULL_MEMBERS 正式党员少于3人, TOO_MANY_MEMBERS 党员超过50人, COMMITTEE_REQUIRED 应设支委会")
public enum StructureRule {
    TOO_FEW_FULL_MEMBERS,
    TOO_MANY_MEMBERS,
    COMMITTEE_REQUIRED;

    public static final int MIN_FULL_MEMBERS = 3;
    public static final int MAX_MEMBERS = 50;
    public static final int COMMITTEE_THRESHOLD = 7;
    /** A committee has at least three members (书记 and two 委员). */
    public static final int MIN_COMMITTEE_MEMBERS = 3;

    public static java.util.List<StructureRule> broken(long fullMembers, long totalMembers, long committeeMembers) {
        java.util.List<StructureRule> broken = new java.util.ArrayList<>();
        if (fullMembers < MIN_FULL_MEMBERS) {
            broken.add(TOO_FEW_FULL_MEMBERS);
        }
        if (totalMembers > MAX_MEMBERS) {
            broken.add(TOO_MANY_MEMBERS);
        }
        if (fullMembers >= COMMITTEE_THRESHOLD && committeeMembers < MIN_COMMITTEE_MEMBERS) {
            broken.add(COMMITTEE_REQUIRED);
        }
        return broken;
    }
}
