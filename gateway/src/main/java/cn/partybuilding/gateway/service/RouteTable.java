package cn.partybuilding.gateway.service;

import cn.partybuilding.gateway.config.GatewayConfig;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Path prefix to service, longest prefix first; paths are forwarded unchanged. */
public final class RouteTable {

    public record Target(String service, String host, int port, boolean tls) {

        /** A service at its base URL, e.g. {@code http://branch-service:8081}. */
        public static Target of(String service, String url) {
            URI uri = URI.create(url);
            boolean tls = "https".equals(uri.getScheme());
            return new Target(service, uri.getHost(), uri.getPort() > 0 ? uri.getPort() : (tls ? 443 : 80), tls);
        }
    }

    private record Route(String prefix, Target target) {
    }

    private final List<Route> routes = new ArrayList<>();

    public RouteTable(Map<String, GatewayConfig.Service> services) {
        services.forEach((name, service) -> {
            Target target = Target.of(name, service.url());
            service.prefixes().forEach(prefix -> routes.add(new Route(prefix, target)));
        });
        routes.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed());
    }

    /** The service owning this path: the prefix itself or anything below it ("/v1/members/…"). */
    public Optional<Target> find(String path) {
        for (Route route : routes) {
            String prefix = route.prefix();
            if (path.equals(prefix) || (path.startsWith(prefix) && path.charAt(prefix.length()) == '/')) {
                return Optional.of(route.target());
            }
        }
        return Optional.empty();
    }
}
