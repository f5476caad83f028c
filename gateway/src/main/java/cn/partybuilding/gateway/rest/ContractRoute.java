package cn.partybuilding.gateway.rest;

import cn.partybuilding.gateway.service.CallerLimits;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /openapi}: the merged contract of every service (contract/openapi.yaml, packed into the
 * gateway at build time), in YAML, or JSON with {@code ?format=json} or {@code Accept: application/json}.
 * Swagger UI at /q/swagger-ui reads it, so "Try it out" goes through the gateway.
 */
@ApplicationScoped
public class ContractRoute {

    @Inject
    CallerLimits limits;

    private String yaml;
    private String json;

    void register(@Observes Router router) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/contract/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/contract/openapi.yaml is missing from the gateway");
            }
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            json = new ObjectMapper().writeValueAsString(new YAMLMapper().readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        router.get("/openapi").order(5).handler(this::serve);
    }

    private void serve(RoutingContext rc) {
        if (!limits.admit(rc, CallerLimits.byAddress(rc))) {
            return;
        }
        String accept = rc.request().getHeader("Accept");
        boolean asJson = "json".equals(rc.request().getParam("format"))
                || (accept != null && accept.contains("application/json") && !accept.contains("yaml"));
        rc.response()
                .putHeader("Content-Type", asJson ? "application/json" : "application/yaml;charset=UTF-8")
                .putHeader("Cache-Control", "public, max-age=60")
                .end(asJson ? json : yaml);
    }
}
