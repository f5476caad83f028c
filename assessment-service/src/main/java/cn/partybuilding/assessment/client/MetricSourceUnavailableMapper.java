package cn.partybuilding.assessment.client;

import cn.partybuilding.common.problem.ProblemResponses;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A metric service unavailable: 503 naming it, with Retry-After, never a 500. */
public class MetricSourceUnavailableMapper {

    @ServerExceptionMapper(MetricSourceUnavailable.class)
    public Response unavailable(MetricSourceUnavailable e, HttpHeaders headers) {
        return Response.fromResponse(ProblemResponses.of(headers, MetricSourceErrors.METRIC_SOURCE_UNAVAILABLE, List.of(), e.service()))
                .header("Retry-After", "5").build();
    }
}
