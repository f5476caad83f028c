package cn.partybuilding.branch.domain;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Rules of a branch committee's composition, from 《中国共产党支部工作条例（试行）》 (第六章) and
 * 《中国共产党党和国家机关基层组织工作条例》 (第七条): "党支部委员会由3至5人组成，一般不超过7人", and "正式党员不足7人的党支部，
 * 设1名书记，必要时可以设1名副书记" (no committee, so no 组织委员, 宣传委员 or 纪检委员). They are
 * reported beside the {@link StructureRule}s of the same finding, in a list of their own, because
 * v1's {@code rules} enum cannot grow.
 */
@Schema(description = "支委会组成规则 / Committee composition rule：COMMITTEE_TOO_LARGE 支委会超过7人, COMMITTEE_IN_SMALL_BRANCH 正式党员不足7人却设委员")
public enum CommitteeRule {
    /** More than seven members hold committee posts (书记, 副书记 and 委员 together). */
    COMMITTEE_TOO_LARGE,
    /** Fewer than seven full members, yet someone holds a 委员 post (组织委员, 宣传委员, 纪检委员). */
    COMMITTEE_IN_SMALL_BRANCH;

    /** "一般不超过7人": a committee is three to five, and more than seven is flagged. */
    public static final int MAX_COMMITTEE_MEMBERS = 7;

    /**
     * @param committeeMembers         members holding any committee post (secretary and deputy included)
     * @param ordinaryCommitteeMembers members holding a 委员 post (organization, publicity, discipline)
     */
    public static List<CommitteeRule> broken(long fullMembers, long committeeMembers, long ordinaryCommitteeMembers) {
        List<CommitteeRule> broken = new ArrayList<>();
        if (committeeMembers > MAX_COMMITTEE_MEMBERS) {
            broken.add(COMMITTEE_TOO_LARGE);
        }
        if (fullMembers < StructureRule.COMMITTEE_THRESHOLD && ordinaryCommitteeMembers > 0) {
            broken.add(COMMITTEE_IN_SMALL_BRANCH);
        }
        return broken;
    }
}
