package cn.partybuilding.activity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 请假: a member asks to be excused; the secretary approves or rejects. */
@Entity
@Table(name = "leave_request")
public class LeaveRequest extends PanacheEntityBase {

    /** Named apart from the other statuses in the contract, where a bare "Status" says nothing. */
    @Schema(name = "LeaveRequestStatus", description = "请假审批状态 / Leave request status：PENDING 待审批, APPROVED 已批准, REJECTED 已驳回")
    public enum Status {
        PENDING,
        APPROVED,
        REJECTED;

        public boolean mayMoveTo(Status next) {
            return this == PENDING && next != PENDING;
        }
    }

    @Id
    public String id;

    @Column(name = "activity_id")
    public String activityId;

    @Column(name = "member_id")
    public String memberId;

    public String reason;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;
}
