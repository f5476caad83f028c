package cn.partybuilding.activity.domain;

import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A meeting, lecture or theme day an organization holds. */
@Entity
@Table(name = "activity")
public class Activity extends TrackedEntity {

    @Id
    public String id;

    @Column(name = "organization_id")
    public String organizationId;

    /** The organization's path when planned ("/A/B/C/"), for subtree queries without a remote call per row. */
    @Column(name = "organization_path")
    public String organizationPath;

    @Enumerated(EnumType.STRING)
    public ActivityType type;

    public String title;

    public String topic;

    @Column(name = "speaker_member_id")
    public String speakerMemberId;

    @Column(name = "speaker_name")
    public String speakerName;

    public String place;

    @Column(name = "start_at")
    public Instant startAt;

    @Column(name = "end_at")
    public Instant endAt;

    @Enumerated(EnumType.STRING)
    public ActivityStatus status;

    public String minutes;

    public String resolutions;

    @Column(name = "created_by")
    public String createdBy;

    /**
     * 请假 is asked before the activity: once it has started, the secretary records the absence or the
     * leave in the attendance register instead.
     */
    public boolean acceptsLeaveRequestsAt(Instant now) {
        return !status.isFinal() && now.isBefore(startAt);
    }

    /** This activity as the audit trail names it. */
    public AuditedResource audited() {
        return audited("Activity", id);
    }

    /** A part of this activity (its attendance register, a leave request), placed where the activity is. */
    public AuditedResource audited(String type, String partId) {
        return AuditedResource.inOrganization(type, partId, organizationId, organizationPath);
    }
}
