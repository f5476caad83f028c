package cn.partybuilding.branch.domain;

import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An honour named for an organization in a year: 示范点, 第一课堂, 品牌, 党代表工作室, 先锋岗. */
@Entity
@Table(name = "designation")
public class Designation extends TrackedEntity {

    @Id
    public String id;

    @Column(name = "organization_id")
    public String organizationId;

    @Enumerated(EnumType.STRING)
    public DesignationKind kind;

    public String title;

    @Column(name = "designation_year")
    public int year;

    @Enumerated(EnumType.STRING)
    public DesignationStatus status;

    public String remarks;

}
