package cn.partybuilding.gateway.rest;

import cn.partybuilding.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness lists each service's own readiness. The gateway stays ready while a service is down:
 * it still answers that service's paths with a quick 503 and keeps routing to the others.
 */
@Readiness
@ApplicationScoped
public class ServicesHealthCheck implements HealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    GatewayConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("services").up();
        for (Map.Entry<String, GatewayConfig.Service> service : config.services().entrySet()) {
            response.withData(service.getKey(), probe(service.getValue().url()) ? "UP" : "DOWN");
        }
        return response.build();
    }

    private boolean probe(String baseUrl) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(PROBE_TIMEOUT).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
