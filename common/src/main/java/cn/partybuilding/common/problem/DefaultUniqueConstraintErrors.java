package cn.partybuilding.common.problem;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Used by a service that names none of its unique keys. */
@DefaultBean
@ApplicationScoped
public class DefaultUniqueConstraintErrors implements UniqueConstraintErrors {

    @Override
    public ProblemException problemFor(String constraintName) {
        return null;
    }
}
