#!/bin/sh
# One schema and one user per service (plus Keycloak's). The MySQL image runs this once, on an
# empty data directory; against another server run it by hand with MYSQL_HOST and MYSQL_ROOT_PASSWORD set.
# Passwords come from the environment, never from a file in git.
#
# Each service's user owns its schema only: Liquibase migrates at start with the same account, so
# it needs CREATE, ALTER, INDEX and REFERENCES besides the data statements; no DROP (no changelog
# drops anything), no other schema, no global privilege. A stricter split (a migration user with
# DDL, a runtime user with DML, and only INSERT, SELECT on audit_event) needs separate Liquibase
# credentials (quarkus.liquibase.username/password) and is not made here.
set -eu
: "${MYSQL_ROOT_PASSWORD:?}" "${BRANCH_DB_PASSWORD:?}" "${ACTIVITY_DB_PASSWORD:?}" "${VOLUNTEER_DB_PASSWORD:?}" "${ASSESSMENT_DB_PASSWORD:?}" "${KEYCLOAK_DB_PASSWORD:?}"

# a password as an SQL string literal
quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/''/g; s/\\\\/\\\\\\\\/g")"; }

service_schema() { # schema = user, password
  cat <<SQL
CREATE DATABASE IF NOT EXISTS $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS '$1'@'%' IDENTIFIED BY $(quote "$2");
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, REFERENCES ON $1.* TO '$1'@'%';
SQL
}

{
  service_schema party_branch "$BRANCH_DB_PASSWORD"
  service_schema party_activity "$ACTIVITY_DB_PASSWORD"
  service_schema party_volunteer "$VOLUNTEER_DB_PASSWORD"
  service_schema party_assessment "$ASSESSMENT_DB_PASSWORD"
  cat <<SQL
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY $(quote "$KEYCLOAK_DB_PASSWORD");
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
SQL
} | MYSQL_PWD="$MYSQL_ROOT_PASSWORD" mysql -uroot ${MYSQL_HOST:+-h"$MYSQL_HOST"}
