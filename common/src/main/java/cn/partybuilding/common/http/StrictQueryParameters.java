package cn.partybuilding.common.http;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a query parameter the operation does not declare with 400 naming it: a misspelt or
 * invented filter ({@code ?updatedSince=}) would otherwise be ignored and the caller would take an
 * unfiltered answer for a filtered one. The declared names come from the method's
 * {@code @QueryParam}s, including those of its {@code @BeanParam}s, read once per method.
 */
public class StrictQueryParameters {

    private static final Map<Method, Set<String>> DECLARED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || request.getUriInfo().getQueryParameters().isEmpty()) {
            return;
        }
        Set<String> declared = DECLARED.computeIfAbsent(method, StrictQueryParameters::declaredBy);
        for (String name : new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
            if (!declared.contains(name)) {
                throw ProblemException.forField(name, CommonError.UNKNOWN_PARAMETER, name);
            }
        }
    }

    static Set<String> declaredBy(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                addFieldsOf(parameter.getType(), names);
            }
        }
        return Set.copyOf(names);
    }

    private static void addFieldsOf(Class<?> bean, Set<String> names) {
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                } else if (field.isAnnotationPresent(BeanParam.class)) {
                    addFieldsOf(field.getType(), names);
                }
            }
        }
    }
}
