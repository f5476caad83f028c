package cn.partybuilding.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One progress note of a task; appended, never changed. */
@Entity
@Table(name = "duty_task_progress")
public class TaskProgress extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "task_id")
    public String taskId;

    public String note;

    @Column(name = "percent_done")
    public Integer percentDone;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
