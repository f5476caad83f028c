package cn.partybuilding.activity.service;

import cn.partybuilding.activity.domain.Activity;
import cn.partybuilding.activity.domain.ActivityStatus;
import java.time.Instant;

/** A partial update of an activity: a null field stays as it is. */
public record UpdateActivity(String title, String topic, String speakerName, String place, Instant startAt, Instant endAt,
                             String minutes, String resolutions, ActivityStatus status) {

    /** Changes what was planned, which a completed or cancelled activity no longer allows. */
    boolean changesPlan() {
        return title != null || topic != null || speakerName != null || place != null || startAt != null || endAt != null;
    }

    /** Records minutes or resolutions, which a cancelled activity does not take. */
    boolean changesRecord() {
        return minutes != null || resolutions != null;
    }

    /** Copies every given field but the status onto the activity. */
    void applyTo(Activity activity) {
        if (title != null) {
            activity.title = title.trim();
        }
        if (topic != null) {
            activity.topic = topic;
        }
        if (speakerName != null) {
            activity.speakerName = speakerName;
        }
        if (place != null) {
            activity.place = place;
        }
        if (startAt != null) {
            activity.startAt = startAt;
        }
        if (endAt != null) {
            activity.endAt = endAt;
        }
        if (minutes != null) {
            activity.minutes = minutes;
        }
        if (resolutions != null) {
            activity.resolutions = resolutions;
        }
    }
}
