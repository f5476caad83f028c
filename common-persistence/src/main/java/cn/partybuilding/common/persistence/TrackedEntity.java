package cn.partybuilding.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A row clients change: its version is the ETag (and the optimistic lock), and it knows when it was
 * made and last changed. Every entity with a version and both timestamps extends it. The timestamps
 * are kept here, at flush; a bulk JPQL update bypasses these callbacks and sets them itself.
 */
@MappedSuperclass
public abstract class TrackedEntity extends PanacheEntityBase {

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = StoredTime.now();
        }
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = StoredTime.now();
    }
}
