package cn.partybuilding.activity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One expected attendee of one activity and how they took part (null status: not recorded yet). */
@Entity
@Table(name = "attendance")
public class Attendance extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "activity_id") String activityId,
                      @Column(name = "member_id") String memberId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "member_name")
    public String memberName;

    @Column(name = "full_member")
    public boolean fullMember;

    @Enumerated(EnumType.STRING)
    public AttendanceStatus status;

    @Column(name = "checked_in_at")
    public Instant checkedInAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
