package cn.partybuilding.bench.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row about as wide as a member's: a 26-character key and a few short columns. */
@Entity
@Table(name = "item")
public class Item {

    @Id
    @Column(length = 26)
    public String id;

    public String name;

    @Column(name = "organization_id", length = 26)
    public String organizationId;

    public String status;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    public long version;
}
