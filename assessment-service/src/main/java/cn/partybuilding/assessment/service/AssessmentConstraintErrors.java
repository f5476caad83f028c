package cn.partybuilding.assessment.service;

import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.problem.UniqueConstraintErrors;
import jakarta.enterprise.context.ApplicationScoped;

/** The unique keys of the assessment schema, for writers that lose a race after the pre-check. */
@ApplicationScoped
public class AssessmentConstraintErrors implements UniqueConstraintErrors {

    @Override
    public ProblemException problemFor(String constraintName) {
        if (constraintName.contains("uk_scheme_issuer_year_name")) {
            return ProblemException.forField("name", AssessmentError.SCHEME_NAME_TAKEN);
        }
        if (constraintName.contains("uk_assessment_scheme_organization")) {
            return ProblemException.forField("organizationId", AssessmentError.ASSESSMENT_EXISTS);
        }
        return null;
    }
}
