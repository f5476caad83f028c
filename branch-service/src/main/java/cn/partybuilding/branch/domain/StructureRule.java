package cn.partybuilding.branch.domain;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Rules of branch structure (党支部设置) that v1 released: 《中国共产党支部工作条例（试行）》 "凡是有正式党员3人以上的，
 * 都应当成立党支部" and "党支部党员人数一般不超过50人"; "有正式党员7人以上的党支部，应当设立党支部委员会。党支部委员会由3至5人组成".
 * The rules of the committee's composition found since are {@link CommitteeRule}s: a client receives
 * this enum, so v1 adds no value to it.
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

    public static List<StructureRule> broken(long fullMembers, long totalMembers, long committeeMembers) {
        List<StructureRule> broken = new ArrayList<>();
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
