package cn.partybuilding.common.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * The API operation a request runs (its contract operationId) and how many write events it has
 * recorded, for the events and for the check that every write records exactly one.
 */
@RequestScoped
public class AuditRequest {

    private String operation;
    private int writesRecorded;

    void operation(String operationId) {
        this.operation = operationId;
    }

    String operation() {
        return operation;
    }

    void countWrite() {
        writesRecorded++;
    }

    int writesRecorded() {
        return writesRecorded;
    }
}
