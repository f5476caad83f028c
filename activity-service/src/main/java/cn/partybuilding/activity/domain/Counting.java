package cn.partybuilding.activity.domain;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a completed activity counted for a branch's 三会一课 requirement of its type, and if not, why. */
@Schema(description = "计入情况 / How the activity counted：COUNTED 计入同类要求, NO_QUORUM 未达法定人数（有表决权的到会人数未超过应到会有表决权人数的半数），视为未召开, "
        + "NO_COMMITTEE 支部未设支委会，不要求支委会, NOT_REQUIRED 本期不要求此类活动")
public enum Counting {
    COUNTED,
    NO_QUORUM,
    NO_COMMITTEE,
    NOT_REQUIRED;

    /**
     * How an activity of {@code type} counts for a branch that is required, in the period, to hold the
     * types {@code required}. A 支部党员大会 may be held only when the voting members present exceed half of
     * those entitled to vote (《中国共产党支部工作条例（试行）》): without that it was not a meeting, whatever
     * else the period asked.
     */
    public static Counting of(ActivityType type, int votingMembers, int votingMembersPresent, Set<ActivityType> required,
                              boolean branchHasCommittee) {
        if (type == ActivityType.GENERAL_MEETING && !quorate(votingMembers, votingMembersPresent)) {
            return NO_QUORUM;
        }
        if (type == ActivityType.COMMITTEE_MEETING && !branchHasCommittee) {
            return NO_COMMITTEE;
        }
        return required.contains(type) ? COUNTED : NOT_REQUIRED;
    }

    /** More than half of the members entitled to vote (full members; 预备党员 have no vote) were present. */
    public static boolean quorate(int votingMembers, int votingMembersPresent) {
        return votingMembersPresent * 2 > votingMembers;
    }

    public boolean counted() {
        return this == COUNTED;
    }
}
