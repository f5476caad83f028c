package cn.partybuilding.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where each service lives and how the gateway protects them; every value comes from configuration. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Services by name: their base URL (a Kubernetes service name works unchanged) and path prefixes. */
    Map<String, Service> services();

    /** A service that has not answered within this time gets a 504; connecting counts too. */
    @WithDefault("PT5S")
    Duration timeout();

    /** Request bodies above this many bytes are refused with 413, before any service sees them. */
    @WithDefault("1048576")
    long maxBodyBytes();

    RateLimit rateLimit();

    CircuitBreaker circuitBreaker();

    DevToken devToken();

    SwaggerOauth swaggerOauth();

    interface Service {
        String url();

        List<String> prefixes();
    }

    interface RateLimit {
        /** Requests a caller (token subject; the address for {@code /openapi}) may make per minute. */
        @WithDefault("600")
        int requestsPerMinute();

        /**
         * Requests without a valid token (answered 401) and {@code /dev/token} requests one client
         * address may make per minute; valid tokens from the same address are not counted here.
         */
        @WithDefault("60")
        int anonymousRequestsPerMinute();
    }

    interface CircuitBreaker {
        /** Consecutive failures (refused, reset, timed out, a 503 that is no problem document) that open a service's circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one request may try again. */
        @WithDefault("PT10S")
        Duration openFor();
    }

    /**
     * Swagger UI's Authorize at the identity provider (authorization code with PKCE): when enabled, the
     * served contract offers an OAuth2 scheme next to bearerAuth; otherwise bearerAuth alone.
     */
    interface SwaggerOauth {
        @WithDefault("false")
        boolean enabled();

        /** By default the Keycloak realm's endpoint under the token issuer. */
        String authorizationUrl();

        String tokenUrl();
    }

    interface DevToken {
        /** {@code POST /dev/token}: only the local and test profiles turn it on, and it answers loopback callers only. */
        @WithDefault("false")
        boolean enabled();

        @WithDefault("PT8H")
        Duration lifetime();
    }
}
