package cn.partybuilding.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/** What the tests' stand-ins for other services share: a loopback HTTP server, query parameters, JSON answers. */
public final class StubServers {

    private StubServers() {
    }

    /** A server on a free loopback port that hands every exchange to {@code handler}, 8 at a time. */
    public static HttpServer start(String name, HttpHandler handler) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        } catch (IOException e) {
            throw new IllegalStateException(name + " did not start", e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", handler);
        server.start();
        return server;
    }

    /** The base URL of a started server. */
    public static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A raw query string's parameters, decoded; the last of a repeated one wins. */
    public static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    /** Answers {@code status} with a JSON body. */
    public static void sendJson(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
