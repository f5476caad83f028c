package cn.partybuilding.activity.domain;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Cursor;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The keyset position of a list ordered by start time: the start and, for ties, the id of the last row. */
public record StartKey(Instant startAt, String id) {

    public String encode() {
        return Cursor.encode(startAt + "_" + id);
    }

    /** The position a cursor names, or {@code null} for the first page; 400 on {@code cursor} if it names none. */
    public static StartKey decode(String cursor) {
        String key = Cursor.decode(cursor);
        if (key == null) {
            return null;
        }
        int separator = key.lastIndexOf('_');
        try {
            StartKey position = new StartKey(Instant.parse(key.substring(0, Math.max(separator, 0))), key.substring(separator + 1));
            if (Ulid.isValid(position.id())) {
                return position;
            }
        } catch (DateTimeParseException e) {
            // falls through to the problem below
        }
        throw ProblemException.forField("cursor", CommonError.INVALID_CURSOR);
    }
}
