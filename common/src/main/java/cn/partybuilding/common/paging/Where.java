package cn.partybuilding.common.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the optional filters of a list query into one JPQL condition and its parameters, so a
 * repository writes each filter once: {@code where.and("o.type = :type", "type", type)} is skipped
 * when {@code type} is null.
 */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds the clause when the value is present. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a clause with several parameters, such as a disjunction. */
    public Where and(String clause, Map<String, Object> values) {
        clauses.add(clause);
        parameters.putAll(values);
        return this;
    }

    public String jpql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
