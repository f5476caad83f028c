package cn.partybuilding.common.paging;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the optional filters of a list query into one JPQL condition and its parameters, so a
 * repository writes each filter once: {@code where.and("o.type = :type", "type", type)} is skipped
 * when {@code type} is null.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds the clause when the value is present. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    /** Adds a clause with several parameters, such as a disjunction. */
    public Where and(String clause, Map<String, Object> values) {
        clauses.add(clause);
        values.forEach(parameters::and);
        return this;
    }

    public String jpql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Parameters parameters() {
        return parameters;
    }
}
