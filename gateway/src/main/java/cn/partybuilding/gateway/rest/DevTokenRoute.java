package cn.partybuilding.gateway.rest;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.security.Caller;
import cn.partybuilding.common.security.LocalTokens;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.common.security.Scope;
import cn.partybuilding.gateway.config.GatewayConfig;
import cn.partybuilding.gateway.service.CallerLimits;
import cn.partybuilding.gateway.service.GatewayError;
import cn.partybuilding.gateway.service.ProblemWriter;
import io.netty.util.NetUtil;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * {@code POST /dev/token} signs a token with the local key so that an administrator can authorize
 * in Swagger UI. The route exists only when {@code gateway.dev-token.enabled} (local and test
 * profiles); in production the path is unknown (404) and tokens come from the OIDC issuer. Even where
 * it exists it answers only callers on this machine: to anyone else it is unknown as well.
 */
@ApplicationScoped
public class DevTokenRoute {

    @Inject
    GatewayConfig config;

    @Inject
    CallerLimits limits;

    @Inject
    Config settings;

    /** Only where the route exists: elsewhere no signing key is configured. */
    private LocalTokens tokens;

    void register(@Observes Router router) {
        if (config.devToken().enabled()) {
            tokens = LocalTokens.of(settings);
            router.post("/dev/token").order(5).handler(BodyHandler.create().setBodyLimit(4096)).blockingHandler(this::sign);
        }
    }

    /**
     * Whether the caller connected from this machine. The socket's address decides, never a forwarding
     * header (the gateway does not enable Quarkus' proxy-address-forwarding), and without a DNS lookup.
     */
    static boolean fromLoopback(SocketAddress remote) {
        byte[] address = remote == null || remote.hostAddress() == null
                ? null
                : NetUtil.createByteArrayFromIpAddressString(remote.hostAddress());
        try {
            return address != null && InetAddress.getByAddress(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false; // not 4 or 16 bytes: cannot happen for what NetUtil parsed
        }
    }

    private void sign(RoutingContext rc) {
        if (!fromLoopback(rc.request().remoteAddress())) {
            ProblemWriter.send(rc, CommonError.NOT_FOUND);
            return;
        }
        if (!limits.admitAnonymous(rc)) {
            return;
        }
        JsonObject body;
        try {
            body = rc.body().asJsonObject();
        } catch (RuntimeException malformed) {
            body = null;
        }
        String subject = body == null ? null : body.getString("subject");
        JsonArray roles = body == null ? null : body.getJsonArray("roles");
        List<String> groups = strings(roles);
        List<String> scopes = strings(body == null ? null : body.getJsonArray("scopes"));
        if (subject == null || subject.isBlank() || groups.isEmpty() || !Role.ALL.containsAll(groups)
                || !Scope.ALL.containsAll(scopes)) {
            ProblemWriter.send(rc, GatewayError.INVALID_TOKEN_REQUEST);
            return;
        }
        LocalTokens.Holder holder = new LocalTokens.Holder(subject, groups, body.getString(Caller.ORG_CLAIM),
                body.getString(Caller.COMMUNITY_CLAIM), scopes);
        rc.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end(new JsonObject()
                        .put("accessToken", tokens.sign(holder, config.devToken().lifetime()))
                        .put("tokenType", "Bearer")
                        .put("expiresIn", config.devToken().lifetime().toSeconds())
                        .encode());
    }

    private static List<String> strings(JsonArray array) {
        List<String> strings = new ArrayList<>();
        if (array != null) {
            array.forEach(item -> strings.add(String.valueOf(item)));
        }
        return strings;
    }
}
