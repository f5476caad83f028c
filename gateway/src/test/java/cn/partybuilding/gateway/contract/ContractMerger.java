package cn.partybuilding.gateway.contract;

import cn.partybuilding.gateway.service.AuditEventsMerge;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the services' OpenAPI documents into the one the gateway serves. Paths must not overlap,
 * but for {@code /v1/audit-events}, which every service defines alike and the gateway merges (it
 * gains the gateway's {@code service} parameter);
 * a component that several services define (Problem, FieldError, the bearer scheme) must be
 * identical in each and appears once; anything else is a conflict that fails the build.
 */
public final class ContractMerger {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ContractMerger() {
    }

    public static ObjectNode merge(Map<String, JsonNode> documentsByService) {
        ObjectNode paths = NODES.objectNode();
        Map<String, Map<String, JsonNode>> components = new TreeMap<>();
        Map<String, JsonNode> tags = new TreeMap<>();
        documentsByService.forEach((service, document) -> {
            for (Iterator<Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                if (path.getKey().equals(AuditEventsMerge.PATH) && path.getValue().equals(paths.get(path.getKey()))) {
                    continue;
                }
                if (paths.has(path.getKey())) {
                    throw new IllegalStateException("path " + path.getKey() + " is defined twice (again by " + service + ")");
                }
                paths.set(path.getKey(), path.getValue());
            }
            for (Iterator<Map.Entry<String, JsonNode>> kinds = document.path("components").fields(); kinds.hasNext(); ) {
                Map.Entry<String, JsonNode> kind = kinds.next();
                Map<String, JsonNode> merged = components.computeIfAbsent(kind.getKey(), k -> new TreeMap<>());
                for (Iterator<Map.Entry<String, JsonNode>> it = kind.getValue().fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> component = it.next();
                    JsonNode existing = merged.putIfAbsent(component.getKey(), component.getValue());
                    if (existing != null && !existing.equals(component.getValue())) {
                        throw new IllegalStateException("components." + kind.getKey() + "." + component.getKey()
                                + " differs in " + service + ": shared definitions must be identical");
                    }
                }
            }
            document.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), tag));
        });

        if (paths.has(AuditEventsMerge.PATH)) {
            ObjectNode auditEvents = paths.get(AuditEventsMerge.PATH).deepCopy();
            addServiceParameter((ObjectNode) auditEvents.path("get"), documentsByService.keySet());
            paths.set(AuditEventsMerge.PATH, auditEvents);
        }
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", "机关党建 API suite");
        info.put("version", "1.0.0");
        info.put("description", "经网关访问的全部接口：党组织与党员、组织生活、双报到与志愿服务、党建考核。先用 Authorize 填入令牌"
                + "（本地环境：POST /dev/token）。 / Every operation of the suite, through the gateway. Authorize with a bearer"
                + " token first (locally: POST /dev/token).");
        merged.putArray("servers").addObject().put("url", "/").put("description", "网关 / The gateway");
        if (!tags.isEmpty()) {
            ArrayNode tagArray = merged.putArray("tags");
            tags.values().forEach(tagArray::add);
        }
        merged.set("paths", sorted(paths));
        ObjectNode componentNode = merged.putObject("components");
        components.forEach((kind, entries) -> {
            ObjectNode kindNode = componentNode.putObject(kind);
            entries.forEach(kindNode::set);
        });
        return merged;
    }

    private static void addServiceParameter(ObjectNode operation, Iterable<String> services) {
        ObjectNode parameter = NODES.objectNode();
        parameter.put("name", "service");
        parameter.put("in", "query");
        parameter.put("description", "只看这一个服务的事件；不填则合并全部服务 / Only this service's events; all services merged when absent");
        ObjectNode schema = parameter.putObject("schema");
        schema.put("type", "string");
        ArrayNode names = schema.putArray("enum");
        services.forEach(names::add);
        ((ArrayNode) operation.withArray("parameters")).insert(0, parameter);
    }

    private static ObjectNode sorted(ObjectNode node) {
        ObjectNode result = NODES.objectNode();
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.stream().sorted().forEach(name -> result.set(name, node.get(name)));
        return result;
    }
}
