package cn.partybuilding.common.idempotency;

import cn.partybuilding.common.http.IdempotencyHeaders;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on POST: the first request with a key runs and its successful response is
 * kept for the key's lifetime; a retry with the same key and body gets that response back without
 * running again; the same key with another body is 422; a retry while the first still runs is 409.
 * Keys belong to the caller (token subject), so two clients cannot collide.
 */
public class IdempotencyFilters {

    private static final String CLAIM_PROPERTY = IdempotencyFilters.class.getName() + ".claim";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);

    private record Claim(String caller, String key) {
    }

    @Inject
    IdempotencyStore store;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper objectMapper;

    /** Returns the replayed response of an earlier request, or null to let this one run. */
    @ServerRequestFilter
    public Response claim(ContainerRequestContext request) throws IOException, SQLException {
        String key = request.getHeaderString(IdempotencyHeaders.KEY);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return null;
        }
        if (!isValidKey(key)) {
            throw ProblemException.forField(IdempotencyHeaders.KEY, CommonError.INVALID_IDEMPOTENCY_KEY);
        }
        if (identity.isAnonymous()) {
            return null; // refused as unauthenticated later; nothing to remember
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String caller = identity.getPrincipal().getName();
        String hash = hash(request.getUriInfo().getRequestUri().getRawPath(), request.getUriInfo().getRequestUri().getRawQuery(), body);

        Optional<IdempotencyStore.Existing> existing = store.claim(caller, key, hash);
        if (existing.isEmpty()) {
            request.setProperty(CLAIM_PROPERTY, new Claim(caller, key));
            return null;
        }
        IdempotencyStore.Existing earlier = existing.get();
        if (!earlier.requestHash().equals(hash)) {
            throw new ProblemException(CommonError.IDEMPOTENCY_KEY_REUSED);
        }
        if (earlier.status() == null) {
            throw new ProblemException(CommonError.IDEMPOTENCY_IN_PROGRESS);
        }
        Response.ResponseBuilder replay = Response.status(earlier.status()).header(IdempotencyHeaders.REPLAYED, "true");
        if (earlier.body() != null) {
            replay.entity(earlier.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (earlier.location() != null) {
            replay.header(HttpHeaders.LOCATION, earlier.location());
        }
        if (earlier.etag() != null) {
            replay.header(HttpHeaders.ETAG, earlier.etag());
        }
        return replay.build();
    }

    @ServerResponseFilter
    public void complete(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM_PROPERTY) instanceof Claim claim)) {
            return;
        }
        try {
            if (response.getStatus() >= 200 && response.getStatus() < 300) {
                String body = response.hasEntity() ? objectMapper.writeValueAsString(response.getEntity()) : null;
                Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
                Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
                store.complete(claim.caller(), claim.key(), response.getStatus(), body,
                        location == null ? null : location.toString(), etag == null ? null : etag.toString());
            } else {
                store.release(claim.caller(), claim.key());
            }
        } catch (IOException | SQLException e) {
            // the write itself succeeded; a retry within the abandon window gets 409 instead of a replay
            LOG.errorf(e, "Could not record the outcome of idempotency key %s", claim.key());
        }
    }

    static boolean isValidKey(String key) {
        if (key.isEmpty() || key.length() > 64) {
            return false;
        }
        return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    }

    static String hash(String path, String query, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '?');
            if (query != null) {
                digest.update(query.getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
