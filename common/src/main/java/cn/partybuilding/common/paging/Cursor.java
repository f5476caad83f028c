package cn.partybuilding.common.paging;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors: the sort key of the last row of a page, versioned and base64url-encoded,
 * so clients cannot depend on what is inside and we can change it later.
 */
public final class Cursor {

    private static final String VERSION = "v1:";

    private Cursor() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key after which the next page starts, or {@code null} for the first page. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(VERSION) && decoded.length() > VERSION.length()) {
                return decoded.substring(VERSION.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw invalid();
    }

    /**
     * The id after which the next page starts, or {@code null} for the first page: a cursor that
     * does not decode to an id is refused here, before it reaches a query.
     */
    public static String decodeId(String cursor) {
        String id = decode(cursor);
        if (id != null && !Ulid.isValid(id)) {
            throw invalid();
        }
        return id;
    }

    private static ProblemException invalid() {
        return ProblemException.forField("cursor", CommonError.INVALID_CURSOR);
    }
}
