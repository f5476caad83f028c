package cn.partybuilding.common.problem;

/**
 * Maps a database unique key, violated at commit by a writer that lost a race, to the same problem
 * the service's pre-check gives. Each service names its keys; unnamed ones answer a generic 409.
 */
public interface UniqueConstraintErrors {

    /**
     * @param constraintName as the driver reports it: {@code uk_org_code} on MariaDB,
     *                       {@code organization.uk_org_code} on MySQL 8
     * @return the problem, or {@code null} when the key is not one the service knows
     */
    ProblemException problemFor(String constraintName);
}
