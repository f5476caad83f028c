package cn.partybuilding.common.security;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A machine client writes only where an operation names a scope it holds. {@code @RolesAllowed}
 * with the scope already decides for the operations that name one; this guard covers the writes
 * that any signed-in caller may attempt (their service decides per object), so that a token with
 * only {@link Role#API_CLIENT} stays read-only unless it was given a scope for that write.
 */
public class MachineClientWrites {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    Caller caller;

    @ServerRequestFilter
    public void requireScope(ContainerRequestContext request, ResourceInfo resource) {
        if (READS.contains(request.getMethod()) || !caller.hasRole(Role.API_CLIENT)
                || !caller.roles().equals(Set.of(Role.API_CLIENT)) || resource.getResourceMethod() == null) {
            return;
        }
        List<String> scopes = scopesNamedBy(resource.getResourceMethod());
        if (scopes.isEmpty()) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        if (scopes.stream().noneMatch(caller.scopes()::contains)) {
            throw new ProblemException(CommonError.SCOPE_REQUIRED, String.join(" / ", scopes));
        }
    }

    static List<String> scopesNamedBy(Method method) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? List.of() : Arrays.stream(allowed.value()).filter(Scope.ALL::contains).toList();
    }
}
