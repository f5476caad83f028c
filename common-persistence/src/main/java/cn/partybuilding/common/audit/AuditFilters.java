package cn.partybuilding.common.audit;

import cn.partybuilding.common.http.IdempotencyHeaders;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Names the operation of each request as the contract does (the {@code operationId} of the method's
 * {@code @Operation}, e.g. {@code updateMember}), and checks
 * afterwards that a successful write recorded its audit events: one per resource it changed, so
 * at least one. The check cannot undo a
 * committed write, so in production a miss is logged as an error; with assertions on (the tests)
 * it fails the request, so a write that forgets its event breaks the test that makes it.
 */
public class AuditFilters {

    private static final Logger LOG = Logger.getLogger(AuditFilters.class);
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Map<Method, String> OPERATION_IDS = new ConcurrentHashMap<>();

    @Inject
    AuditRequest audit;

    @ServerRequestFilter
    public void nameOperation(ResourceInfo resource) {
        audit.operation(OPERATION_IDS.computeIfAbsent(resource.getResourceMethod(), AuditFilters::operationId));
    }

    /** The contract's operationId; an operation without one (none in the contract either) by its method name. */
    private static String operationId(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation != null && !operation.operationId().isEmpty() ? operation.operationId() : method.getName();
    }

    @ServerResponseFilter
    public void checkEveryWriteIsRecorded(ContainerRequestContext request, ContainerResponseContext response) {
        if (READS.contains(request.getMethod()) || response.getStatus() >= 300 || audit.operation() == null
                || response.getHeaders().containsKey(IdempotencyHeaders.REPLAYED)) {
            return;
        }
        if (audit.writesRecorded() == 0) {
            LOG.errorf("Write %s recorded no audit event", audit.operation());
            assert false : "write " + audit.operation() + " recorded no audit event";
        }
    }
}
