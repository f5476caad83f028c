package cn.partybuilding.volunteer.service;

import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.problem.UniqueConstraintErrors;
import jakarta.enterprise.context.ApplicationScoped;

/** The unique keys of the volunteer schema, for writers that lose a race after the pre-check. */
@ApplicationScoped
public class VolunteerConstraintErrors implements UniqueConstraintErrors {

    @Override
    public ProblemException problemFor(String constraintName) {
        if (constraintName.contains("uk_community_district_name")) {
            return ProblemException.forField("name", VolunteerError.COMMUNITY_NAME_TAKEN);
        }
        if (constraintName.contains("uk_report_active")) {
            return new ProblemException(VolunteerError.REPORT_CHANGED_CONCURRENTLY);
        }
        return null;
    }
}
