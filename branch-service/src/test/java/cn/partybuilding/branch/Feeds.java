package cn.partybuilding.branch;

import static cn.partybuilding.branch.Api.as;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import cn.partybuilding.testsupport.ChangeFeedProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Reading change feeds in tests: where to start, one page, and reading on until something shows. */
public final class Feeds {

    private Feeds() {
    }

    /** The token a new reader starts from. */
    public static String start(String token, String feed) {
        JsonPath page = as(token).get("/v1/" + feed + "/changes").then().statusCode(200).extract().jsonPath();
        assertNotNull(page.getString("nextSince"));
        return page.getString("nextSince");
    }

    public static JsonPath page(String token, String feed, String since, int limit) {
        return as(token).queryParam("since", since).queryParam("limit", limit)
                .get("/v1/" + feed + "/changes").then().statusCode(200).extract().jsonPath();
    }

    /** Everything read from {@code since}, page after page, until {@code done} holds for what was read. */
    public static Read readUntil(String token, String feed, String since, Predicate<List<Map<String, Object>>> done) {
        List<Map<String, Object>> items = new ArrayList<>();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(ChangeFeedProfile.SETTLE_SECONDS * 3L));
        String next = since;
        while (true) {
            JsonPath page = page(token, feed, next, 100);
            items.addAll(page.getList("items"));
            next = page.getString("nextSince");
            if (done.test(items)) {
                return new Read(items, next);
            }
            if (Instant.now().isAfter(giveUp)) {
                fail("the feed did not deliver what was expected; read: " + items);
            }
            if (page.getList("items").isEmpty()) {
                pause();
            }
        }
    }

    /** The items about this id, in feed order. */
    public static List<Map<String, Object>> about(List<Map<String, Object>> items, String id) {
        return items.stream().filter(item -> id.equals(item.get("id"))).toList();
    }

    public static Predicate<List<Map<String, Object>>> has(String id, int count) {
        return items -> about(items, id).size() >= count;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a reader read, and where it stands. */
    public record Read(List<Map<String, Object>> items, String nextSince) {
    }
}
