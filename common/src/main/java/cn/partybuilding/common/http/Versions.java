package cn.partybuilding.common.http;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/**
 * ETags are the entity's JPA {@code @Version}: cheap to compute, and a stale {@code If-Match} is
 * caught before the write, while a race between two writers is caught by the version check at commit.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Refuses the write with 412 when {@code If-Match} names another version. Absent means
     * unconditional; {@code *} matches any existing version.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new ProblemException(CommonError.PRECONDITION_FAILED, ifMatch.trim(), "\"" + current + "\"");
    }
}
