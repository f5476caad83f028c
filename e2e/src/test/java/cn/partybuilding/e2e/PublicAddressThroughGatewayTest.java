package cn.partybuilding.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a client of the gateway sees of the address it called and of the size of answers. */
@ExtendWith(RunningSuiteExtension.class)
class PublicAddressThroughGatewayTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningSuite suite;

    @BeforeAll
    static void connect(RunningSuite runningSuite) {
        suite = runningSuite;
    }

    @Test
    void locationNamesTheGatewayNotTheService() throws Exception {
        String body = "{\"name\":\"地址演练社区" + System.nanoTime() + "\",\"district\":\"市北区\",\"street\":\"台东街道\"}";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(suite.gatewayUrl().resolve("/v1/communities"))
                .header("Authorization", "Bearer " + suite.systemAdminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(suite.gatewayUrl() + "/v1/communities/"), location);
    }

    @Test
    void aPageOf200MembersTravelsGzipped() throws Exception {
        HttpResponse<byte[]> page = HTTP.send(HttpRequest.newBuilder(suite.gatewayUrl().resolve("/v1/members?limit=200"))
                .header("Authorization", "Bearer " + suite.systemAdminToken()).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, page.statusCode());
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(null));
        byte[] json = new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes();
        assertTrue(new String(json, StandardCharsets.UTF_8).startsWith("{\"items\":["));
        assertTrue(page.body().length * 4 < json.length, page.body().length + " bytes for " + json.length);
    }
}
