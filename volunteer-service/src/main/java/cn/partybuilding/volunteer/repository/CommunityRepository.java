package cn.partybuilding.volunteer.repository;

import cn.partybuilding.common.paging.Where;
import cn.partybuilding.volunteer.domain.Community;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CommunityRepository implements PanacheRepositoryBase<Community, String> {

    public List<Community> page(String district, String nameContains, String afterId, int limit) {
        Where where = new Where()
                .and("c.district = :district", "district", district)
                .and("c.name like :name", "name", nameContains == null ? null : "%" + nameContains + "%")
                .and("c.id > :after", "after", afterId);
        return find("from Community c where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    public boolean nameTaken(String district, String name, String exceptId) {
        return count("district = ?1 and name = ?2 and id <> ?3", district, name, exceptId == null ? "" : exceptId) > 0;
    }
}
