package cn.partybuilding.gateway.service;

import cn.partybuilding.common.http.RequestIds;
import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.Problem;
import cn.partybuilding.common.problem.ProblemLocale;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** Problem responses written straight to Vert.x, for answers the gateway gives without a service. */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void send(RoutingContext rc, ErrorCode code, Object... args) {
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        Problem problem = Problem.of(code, ProblemLocale.fromHeader(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)),
                rc.request().getHeader(RequestIds.HEADER), List.of(), args);
        if (code.status() == 401) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
        }
        rc.response().setStatusCode(code.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
