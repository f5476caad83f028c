package cn.partybuilding.common.http;

import cn.partybuilding.common.time.ChinaTime;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Tells clients of a deprecated operation, on every answer, what the contract says:
 * {@code Deprecation: @<epoch seconds>} (RFC 9745), {@code Sunset: <HTTP-date>} (RFC 8594) and
 * {@code Link: <successor>; rel="successor-version"}, from the operation's {@link Sunset}.
 */
@Provider
public class DeprecationHeaders implements DynamicFeature {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Sunset sunset = resource.getResourceMethod().getAnnotation(Sunset.class);
        if (sunset != null) {
            context.register(new Headers(sunset));
        }
    }

    private static final class Headers implements ContainerResponseFilter {

        private final String deprecation;
        private final String sunset;
        private final String link;

        Headers(Sunset annotation) {
            this.deprecation = "@" + LocalDate.parse(annotation.deprecated()).atStartOfDay(ChinaTime.ZONE).toEpochSecond();
            this.sunset = HTTP_DATE.format(LocalDate.parse(annotation.date()).atStartOfDay(ChinaTime.ZONE));
            this.link = "<" + annotation.successor() + ">; rel=\"successor-version\"";
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            response.getHeaders().putSingle("Deprecation", deprecation);
            response.getHeaders().putSingle("Sunset", sunset);
            response.getHeaders().add("Link", link);
        }
    }
}
