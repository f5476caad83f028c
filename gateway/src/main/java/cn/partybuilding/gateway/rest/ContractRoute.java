package cn.partybuilding.gateway.rest;

import cn.partybuilding.gateway.config.GatewayConfig;
import cn.partybuilding.gateway.service.CallerLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * Swagger UI at /q/swagger-ui reads it, so "Try it out" goes through the gateway. Where the gateway signs
 * local tokens ({@code gateway.dev-token.enabled}) it also documents {@code POST /dev/token}, so that a
 * token can be had from Swagger UI itself; the committed contract never holds it. With Swagger UI's
 * Authorize at the identity provider enabled, every operation that takes a bearer token also takes one from the
 * OAuth2 scheme {@value #OAUTH_SCHEME} (authorization code), which Swagger UI's Authorize obtains.
 */
@ApplicationScoped
public class ContractRoute {

    static final String OAUTH_SCHEME = "oidc";
    private static final String BEARER_SCHEME = "bearerAuth";

    @Inject
    CallerLimits limits;

    @Inject
    GatewayConfig config;

    private String yaml;
    private String json;

    void register(@Observes Router router) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/contract/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/contract/openapi.yaml is missing from the gateway");
            }
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode contract = new YAMLMapper().readTree(yaml);
            if (config.devToken().enabled()) {
                addDevToken((ObjectNode) contract);
            }
            GatewayConfig.SwaggerOauth oauth = config.swaggerOauth();
            if (oauth.enabled()) {
                addOauthScheme((ObjectNode) contract, oauth.authorizationUrl(), oauth.tokenUrl());
            }
            if (config.devToken().enabled() || oauth.enabled()) {
                yaml = new YAMLMapper().writeValueAsString(contract);
            }
            json = new ObjectMapper().writeValueAsString(contract);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        router.get("/openapi").order(5).handler(this::serve);
    }

    /** The operation and schemas of META-INF/contract/dev-token.yaml; the operation comes first in Swagger UI. */
    private static void addDevToken(ObjectNode contract) throws IOException {
        JsonNode devToken;
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/contract/dev-token.yaml")) {
            devToken = new YAMLMapper().readTree(in);
        }
        ObjectNode paths = ((ObjectNode) devToken.get("paths")).deepCopy();
        paths.setAll((ObjectNode) contract.path("paths"));
        contract.set("paths", paths);
        contract.withObjectProperty("components").withObjectProperty("schemas")
                .setAll((ObjectNode) devToken.at("/components/schemas"));
        contract.withArrayProperty("tags").addObject().put("name", "Development")
                .put("description", "本地开发：令牌 / Local development: tokens");
    }

    /** The scheme, and an alternative to bearerAuth in every security requirement that names it. */
    private static void addOauthScheme(ObjectNode contract, String authorizationUrl, String tokenUrl) {
        ObjectNode scheme = contract.withObjectProperty("components").withObjectProperty("securitySchemes")
                .putObject(OAUTH_SCHEME)
                .put("type", "oauth2")
                .put("description", "登录身份认证中心（授权码 + PKCE） / Sign in at the identity provider (authorization code with PKCE)");
        scheme.putObject("flows").putObject("authorizationCode")
                .put("authorizationUrl", authorizationUrl)
                .put("tokenUrl", tokenUrl)
                .putObject("scopes").put("openid", "OpenID Connect");
        for (JsonNode path : contract.path("paths")) {
            for (JsonNode operation : path) {
                if (operation.get("security") instanceof ArrayNode requirements
                        && requirements.findParent(BEARER_SCHEME) != null) {
                    requirements.addObject().putArray(OAUTH_SCHEME);
                }
            }
        }
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
