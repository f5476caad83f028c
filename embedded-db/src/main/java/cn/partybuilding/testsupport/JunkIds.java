package cn.partybuilding.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends what is not an id wherever the running service's OpenAPI document takes one: every path
 * parameter (404, as for an id that names nothing), every id query parameter (400 naming it) and
 * every cursor (400 on {@code cursor}). None may reach the database, so none may answer 500.
 * Failures are collected, so one run lists every operation that answers wrongly.
 */
public final class JunkIds {

    /** Not ids: not ASCII, too short, too long, a letter outside the alphabet, lowercase, SQL. */
    public static final List<String> VALUES = List.of("中", "01HZY3K9J8Q2W4E6R8T0Y2V4A", "01HZY3K9J8Q2W4E6R8T0Y2V4A6B",
            "01HZY3K9J8Q2W4E6R8T0Y2V4AU", "01hzy3k9j8q2w4e6r8t0y2v4a6", "' OR 1=1 --");

    /** Not base64, and well-formed cursors around what is not an id. */
    public static final List<String> CURSORS = List.of("!!!", base64("v1:中"), base64("v1:' OR 1=1 --"));

    /** The query parameters that carry ids. */
    public static final Set<String> ID_QUERY_PARAMETERS = Set.of("organizationId", "parentId", "subtreeOf", "memberId",
            "communityId", "claimerOrganizationId", "ids");

    /** A well-formed id that names nothing, for the other path parameters of an operation. */
    private static final String SOME_ID = "01HZY3K9J8Q2W4E6R8T0Y2V4A6";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

    private JunkIds() {
    }

    /** Each path parameter of each operation, in turn, gets each junk value: 404 NOT_FOUND. */
    public static void inPathsAnswer404(Supplier<RequestSpecification> caller) throws IOException {
        List<String> wrong = new ArrayList<>();
        int probes = 0;
        for (OpenApiOperation op : OpenApiOperation.all(OpenApiOperation.runningDocument())) {
            List<String> names = new ArrayList<>();
            Matcher m = PATH_PARAMETER.matcher(op.path());
            while (m.find()) {
                names.add(m.group(1));
            }
            for (String junked : names) {
                for (String junk : VALUES) {
                    Map<String, Object> values = new HashMap<>();
                    names.forEach(name -> values.put(name, name.equals(junked) ? junk : SOME_ID));
                    RequestSpecification request = caller.get().pathParams(values);
                    if (op.hasBody()) {
                        request.contentType("application/json").body("{}");
                    }
                    Response response = request.request(op.method(), op.path());
                    probes++;
                    if (response.statusCode() != 404 || !"NOT_FOUND".equals(response.path("code"))) {
                        wrong.add(op + " " + junked + "=" + junk + " -> " + response.statusCode() + " " + response.asString());
                    }
                }
            }
        }
        assertTrue(probes > 0, "no operation has a path parameter");
        assertEquals(List.of(), wrong);
    }

    /** Each id query parameter of each operation gets each junk value: 400 with an error on that parameter. */
    public static void inQueriesAnswer400(Supplier<RequestSpecification> caller) throws IOException {
        List<String> wrong = new ArrayList<>();
        int probes = 0;
        for (OpenApiOperation op : OpenApiOperation.all(OpenApiOperation.runningDocument())) {
            if (op.hasPathParameters()) {
                continue; // a path id that names nothing would answer 404 first
            }
            for (String parameter : op.queryParameters()) {
                if (!ID_QUERY_PARAMETERS.contains(parameter)) {
                    continue;
                }
                for (String junk : VALUES) {
                    RequestSpecification request = caller.get().queryParam(parameter, junk);
                    if (op.hasBody() && !op.bodyMediaType().equals("application/json")) {
                        request.contentType(op.bodyMediaType()).body(new byte[0]); // an upload: its parameters are checked all the same
                    }
                    Response response = request.request(op.method(), op.path());
                    probes++;
                    List<String> fields = response.path("errors.field");
                    if (response.statusCode() != 400 || fields == null || !fields.contains(parameter)) {
                        wrong.add(op + " ?" + parameter + "=" + junk + " -> " + response.statusCode() + " " + response.asString());
                    }
                }
            }
        }
        assertTrue(probes > 0, "no operation takes an id in its query");
        assertEquals(List.of(), wrong);
    }

    /** Each collection without path or required query parameters gets each junk cursor: 400 on {@code cursor}. */
    public static void inCursorsAnswer400(Supplier<RequestSpecification> caller) throws IOException {
        List<String> wrong = new ArrayList<>();
        int probes = 0;
        for (OpenApiOperation op : OpenApiOperation.all(OpenApiOperation.runningDocument())) {
            if (op.hasPathParameters() || !op.queryParameters().contains("cursor") || op.hasRequiredQueryParameters()) {
                continue;
            }
            for (String cursor : CURSORS) {
                Response response = caller.get().queryParam("cursor", cursor).request(op.method(), op.path());
                probes++;
                List<String> fields = response.path("errors.field");
                if (response.statusCode() != 400 || !"INVALID_CURSOR".equals(response.path("code"))
                        || fields == null || !fields.contains("cursor")) {
                    wrong.add(op + " ?cursor=" + cursor + " -> " + response.statusCode() + " " + response.asString());
                }
            }
        }
        assertTrue(probes > 0, "no collection takes a cursor");
        assertEquals(List.of(), wrong);
    }

    /** A junk id in a request body field: 400 naming the field (its JSON path). */
    public static void inBodyAnswers400(Supplier<RequestSpecification> caller, String method, String path,
                                        Map<String, Object> bodyWithJunk, String field) {
        Response response = caller.get().contentType("application/json").body(bodyWithJunk).request(method, path);
        List<String> fields = response.path("errors.field");
        assertEquals(400, response.statusCode(), response.asString());
        assertEquals("VALIDATION_FAILED", response.path("code"), response.asString());
        assertTrue(fields != null && fields.contains(field), field + " not in " + response.asString());
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
