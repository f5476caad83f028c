package cn.partybuilding.gateway.service;

import cn.partybuilding.common.http.RequestIds;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.logging.Logger;

/**
 * One line per proxied request: time, method, path (never the query, which may carry a phone number),
 * status, duration, caller and request id; never a token. The line is complete when it reaches the
 * log, and its category has a handler of its own printing just the message ({@code %s%n}): the
 * console pattern's date and category formatting was a tenth of the gateway's CPU per request
 * (bench/gateway-overhead.sh). The date is formatted once a second instead.
 */
final class AccessLog {

    private static final String CATEGORY = "cn.partybuilding.gateway.access";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** The formatted second of the last line: immutable, so a racing replacement is harmless. */
    private record Second(long epochSecond, String text) {
    }

    private static volatile Second second = new Second(-1, "");

    private AccessLog() {
    }

    static void write(RoutingContext rc, long startedNanos, String caller) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        HttpServerRequest request = rc.request();
        long now = System.currentTimeMillis();
        long millis = now % 1000;
        LOG.info(new StringBuilder(160)
                .append(secondOf(now / 1000)).append(',')
                .append(millis < 100 ? (millis < 10 ? "00" : "0") : "").append(millis)
                .append(" ACCESS ").append(request.method().name()).append(' ').append(request.path())
                .append(' ').append(rc.response().getStatusCode())
                .append(' ').append((System.nanoTime() - startedNanos) / 1_000_000).append("ms caller=").append(caller)
                .append(" req=").append(request.getHeader(RequestIds.HEADER))
                .toString());
    }

    private static String secondOf(long epochSecond) {
        Second cached = second;
        if (cached.epochSecond() != epochSecond) {
            cached = new Second(epochSecond, SECOND.format(Instant.ofEpochSecond(epochSecond)));
            second = cached;
        }
        return cached.text();
    }
}
