package cn.partybuilding.common.http;

/**
 * The headers of idempotent POSTs: named here, where the contract documents them, and used by the
 * persistence module's filters, which keep the replayed answers.
 */
public final class IdempotencyHeaders {

    public static final String KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private IdempotencyHeaders() {
    }
}
