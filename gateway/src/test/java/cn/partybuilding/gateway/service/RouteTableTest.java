package cn.partybuilding.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.gateway.config.GatewayConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static GatewayConfig.Service service(String url, String... prefixes) {
        return new GatewayConfig.Service() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public List<String> prefixes() {
                return List.of(prefixes);
            }
        };
    }

    private final RouteTable table = new RouteTable(Map.of(
            "branch-service", service("http://branch-service:8081", "/v1/organizations", "/v1/members"),
            "activity-service", service("https://activity.internal", "/v1/activities", "/v1/members/me/activities")));

    @Test
    void matchesWholeSegmentsAndPrefersTheLongestPrefix() {
        assertEquals("branch-service", table.find("/v1/organizations").orElseThrow().service());
        assertEquals("branch-service", table.find("/v1/organizations/01A/children").orElseThrow().service());
        assertEquals("activity-service", table.find("/v1/members/me/activities").orElseThrow().service());
        assertEquals("branch-service", table.find("/v1/members/me").orElseThrow().service());
        assertTrue(table.find("/v1/organizationsX").isEmpty(), "a prefix matches whole path segments only");
        assertTrue(table.find("/v2/organizations").isEmpty());
    }

    @Test
    void readsHostPortAndSchemeFromTheUrl() {
        RouteTable.Target branch = table.find("/v1/members").orElseThrow();
        assertEquals("branch-service", branch.host());
        assertEquals(8081, branch.port());
        RouteTable.Target activity = table.find("/v1/activities").orElseThrow();
        assertEquals(443, activity.port());
        assertTrue(activity.tls());
    }
}
