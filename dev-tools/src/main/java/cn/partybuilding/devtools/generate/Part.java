package cn.partybuilding.devtools.generate;

import java.util.Locale;

/** A service's share of a data set: its schema, and the table whose rows mean "the schema holds data". */
public enum Part {
    BRANCH("party_branch", "organization", "branch-service"),
    ACTIVITY("party_activity", "activity", "activity-service"),
    VOLUNTEER("party_volunteer", "community", "volunteer-service"),
    ASSESSMENT("party_assessment", "assessment_scheme", "assessment-service");

    private final String schema;
    final String markerTable;
    private final String service;

    Part(String schema, String markerTable, String service) {
        this.schema = schema;
        this.markerTable = markerTable;
        this.service = service;
    }

    public String schema() {
        return schema;
    }

    /** The module whose migrations create the schema's tables. */
    public String service() {
        return service;
    }

    /** As the command line and the output name it: branch, activity, volunteer, assessment. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Part ofLabel(String label) {
        for (Part part : values()) {
            if (part.label().equals(label)) {
                return part;
            }
        }
        throw new IllegalArgumentException("unknown part " + label + " (branch, activity, volunteer or assessment)");
    }
}
