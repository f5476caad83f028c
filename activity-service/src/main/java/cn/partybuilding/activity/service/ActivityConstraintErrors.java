package cn.partybuilding.activity.service;

import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.problem.UniqueConstraintErrors;
import jakarta.enterprise.context.ApplicationScoped;

/** The unique keys of the activity schema, for writers that lose a race after the pre-check. */
@ApplicationScoped
public class ActivityConstraintErrors implements UniqueConstraintErrors {

    @Override
    public ProblemException problemFor(String constraintName) {
        if (constraintName.contains("uk_leave_request_member")) {
            return new ProblemException(ActivityError.LEAVE_REQUEST_EXISTS);
        }
        return null;
    }
}
