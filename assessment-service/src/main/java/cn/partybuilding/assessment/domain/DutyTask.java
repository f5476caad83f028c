package cn.partybuilding.assessment.domain;

import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A 责任清单/任务清单 item: assigned by an organization to one below it. */
@Entity
@Table(name = "duty_task")
public class DutyTask extends TrackedEntity {

    @Id
    public String id;

    @Column(name = "assigner_organization_id")
    public String assignerOrganizationId;

    @Column(name = "assigner_organization_path")
    public String assignerOrganizationPath;

    @Column(name = "assignee_organization_id")
    public String assigneeOrganizationId;

    @Column(name = "assignee_organization_path")
    public String assigneeOrganizationPath;

    @Column(name = "assignee_organization_name")
    public String assigneeOrganizationName;

    public String title;

    public String description;

    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_post")
    public ResponsiblePost responsiblePost;

    @Column(name = "indicator_id")
    public String indicatorId;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    @Column(name = "percent_done")
    public Integer percentDone;

    @Column(name = "created_by")
    public String createdBy;

    /** Not done nor cancelled, and past the deadline (a China date before today). */
    public boolean overdue(LocalDate today) {
        return !status.isFinal() && deadline.isBefore(today);
    }

    /** In the audit trail the task belongs to the assignee, so both the assignee's and the assigner's subtrees see it. */
    public AuditedResource audited() {
        return AuditedResource.inOrganization("Task", id, assigneeOrganizationId, assigneeOrganizationPath);
    }
}
