package cn.partybuilding.assessment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A category of a scheme (e.g. 机关党建标准化), in the scheme's order. */
@Entity
@Table(name = "scheme_category")
public class SchemeCategory {

    @Id
    public String id;

    public int position;

    public String name;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "category_id", nullable = false, updatable = false)
    @OrderBy("position")
    public List<SchemeIndicator> indicators = new ArrayList<>();
}
