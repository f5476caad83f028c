package cn.partybuilding.branch.service;

import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.problem.UniqueConstraintErrors;
import jakarta.enterprise.context.ApplicationScoped;

/** The unique keys of the branch schema, for writers that lose a race after the pre-check. */
@ApplicationScoped
public class BranchConstraintErrors implements UniqueConstraintErrors {

    @Override
    public ProblemException problemFor(String constraintName) {
        if (constraintName.contains("uk_organization_code")) {
            return ProblemException.forField("code", BranchError.ORGANIZATION_CODE_TAKEN);
        }
        if (constraintName.contains("uk_member_id_card")) {
            return ProblemException.forField("idCardNumber", BranchError.MEMBER_ID_CARD_TAKEN);
        }
        if (constraintName.contains("uk_star_rating_org_year")) {
            return ProblemException.forField("year", BranchError.RATING_EXISTS);
        }
        if (constraintName.contains("uk_designation_org_kind_year")) {
            return ProblemException.forField("year", BranchError.DESIGNATION_EXISTS);
        }
        return null;
    }
}
