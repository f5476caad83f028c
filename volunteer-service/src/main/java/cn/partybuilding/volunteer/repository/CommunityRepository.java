package cn.partybuilding.volunteer.repository;

import cn.partybuilding.common.paging.Where;
import cn.partybuilding.volunteer.domain.Community;
import cn.partybuilding.volunteer.domain.CommunityFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CommunityRepository implements PanacheRepositoryBase<Community, String> {

    public List<Community> page(CommunityFilter filter, String afterId, int limit) {
        Where where = new Where()
                .and("c.district = :district", "district", filter.district())
                .and("c.name like :name", "name", filter.nameContains() == null ? null : "%" + filter.nameContains() + "%")
                .and("c.id > :after", "after", afterId);
        return find("from Community c where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    public boolean nameTaken(String district, String name, String exceptId) {
        return count("district = ?1 and name = ?2 and id <> ?3", district, name, exceptId == null ? "" : exceptId) > 0;
    }
}
