package cn.partybuilding.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract as OpenAPI 3.0, which is what the request validator understands: it reads a 3.1
 * document but then loses every schema's {@code type} and checks nothing. The services' contracts
 * use little of 3.1, and what they use maps one to one: a schema's {@code examples} list becomes its
 * {@code example}, and {@code type: [T, "null"]} becomes {@code type: T, nullable: true}. A parameter
 * schema written as {@code allOf: [{$ref}, {default: …}]} (an enum with a default) becomes the
 * {@code $ref}: the validator reads a parameter's type only from a plain or referenced schema, and a
 * default constrains nothing.
 */
final class OpenApi30 {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> ANNOTATIONS = Set.of("default", "description", "example", "examples", "title", "deprecated");

    private OpenApi30() {
    }

    static String from(String openApi31) {
        try {
            JsonNode document = YAML.readTree(openApi31);
            ((ObjectNode) document).put("openapi", "3.0.3");
            downgrade(document);
            return document.toString();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void downgrade(JsonNode node) {
        if (node instanceof ObjectNode object) {
            // a list of examples belongs to a schema; a map of named examples to a media type or parameter
            if (object.get("examples") instanceof ArrayNode examples) {
                object.remove("examples");
                if (!examples.isEmpty() && !object.has("example")) {
                    object.set("example", examples.get(0));
                }
            }
            if (object.get("type") instanceof ArrayNode types) {
                List<JsonNode> named = new ArrayList<>();
                types.forEach(type -> {
                    if (!type.asText().equals("null")) {
                        named.add(type);
                    }
                });
                if (named.size() == 1) {
                    object.set("type", named.get(0));
                    if (named.size() < types.size()) {
                        object.put("nullable", true);
                    }
                }
            }
            if (object.get("allOf") instanceof ArrayNode allOf && onlyAnnotates(allOf)) {
                object.remove("allOf");
                allOf.forEach(part -> {
                    if (part.has("$ref")) {
                        object.set("$ref", part.get("$ref"));
                    }
                });
            }
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                downgrade(field.getValue());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApi30::downgrade);
        }
    }

    /** One referenced schema, and besides it only annotations that validate nothing. */
    private static boolean onlyAnnotates(ArrayNode allOf) {
        int references = 0;
        for (JsonNode part : allOf) {
            if (part.has("$ref")) {
                references++;
            } else {
                for (String keyword : (Iterable<String>) part::fieldNames) {
                    if (!ANNOTATIONS.contains(keyword)) {
                        return false;
                    }
                }
            }
        }
        return references == 1;
    }
}
