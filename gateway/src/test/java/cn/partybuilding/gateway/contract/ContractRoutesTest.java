package cn.partybuilding.gateway.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.gateway.config.GatewayConfig;
import cn.partybuilding.gateway.service.AuditEventsMerge;
import cn.partybuilding.gateway.service.RouteTable;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The gateway's configured routes send every path of every service's contract to that service. */
class ContractRoutesTest {

    /** The routes of the shipped application.properties (the defaults, not a test's overrides). */
    private static RouteTable configuredRoutes() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ContractRoutesTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        Map<String, GatewayConfig.Service> services = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("gateway.services.") && key.endsWith(".prefixes")) {
                String name = key.substring("gateway.services.".length(), key.length() - ".prefixes".length());
                List<String> prefixes = Arrays.asList(properties.getProperty(key).split(","));
                services.put(name, new GatewayConfig.Service() {
                    @Override
                    public String url() {
                        return "http://" + name + ":80";
                    }

                    @Override
                    public List<String> prefixes() {
                        return prefixes;
                    }
                });
            }
        }
        return new RouteTable(services);
    }

    @Test
    void everyContractPathIsRoutedToItsService() throws IOException {
        RouteTable routes = configuredRoutes();
        List<String> misrouted = new ArrayList<>();
        int paths = 0;
        for (Map.Entry<String, JsonNode> document : MergedContractTest.serviceDocuments().entrySet()) {
            for (var it = document.getValue().path("paths").fieldNames(); it.hasNext(); ) {
                String template = it.next();
                if (template.equals(AuditEventsMerge.PATH)) {
                    continue; // every service's: the gateway merges them (GatewayAuditEventsTest)
                }
                String path = template.replaceAll("\\{[^}]+}", "01JE0000000000000000000000");
                paths++;
                String service = routes.find(path).map(RouteTable.Target::service).orElse("nothing");
                if (!service.equals(document.getKey())) {
                    misrouted.add(path + " -> " + service + " (belongs to " + document.getKey() + ")");
                }
            }
        }
        assertEquals(List.of(), misrouted);
        assertEquals(true, paths > 40, "expected every service's paths, found " + paths);
    }
}
