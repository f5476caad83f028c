package cn.partybuilding.common.http;

import cn.partybuilding.common.id.Ulid;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

/**
 * Gives every request an {@code X-Request-Id} (the caller's, or a new one), echoes it in the response
 * and puts it in the log context, so one id ties a client's report to every log line it caused.
 * Runs as a Vert.x filter so that even requests refused before JAX-RS (401, 404) carry the id.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final int MAX_LENGTH = 128;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = rc.request().getHeader(HEADER);
            if (id == null || id.isBlank() || id.length() > MAX_LENGTH || !isPrintableAscii(id)) {
                id = Ulid.next();
                rc.request().headers().set(HEADER, id);
            }
            rc.response().putHeader(HEADER, id);
            MDC.put(MDC_KEY, id);
            rc.next();
        }, 1000);
    }

    private static boolean isPrintableAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
