package cn.partybuilding.assessment.client;

/**
 * A service an automatic indicator reads is down, slow, failing (5xx) or behind an open circuit:
 * answered 503 with Retry-After, naming the service, and nothing is written.
 */
public class MetricSourceUnavailable extends RuntimeException {

    private final String service;

    public MetricSourceUnavailable(String service, Throwable cause) {
        super(service + " unavailable", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
