package cn.partybuilding.volunteer.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row clients change: its version is the ETag, and it knows when it was made and last changed. */
@MappedSuperclass
public abstract class TrackedEntity extends PanacheEntityBase {

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
