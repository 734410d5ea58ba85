package city.gridline.intake.limits.adapter.web;

import city.gridline.intake.limits.domain.ClientLimits;
import org.springframework.web.server.ServerWebExchange;

import java.util.List;
import java.util.Optional;

/** The paths under one prefix, limited per client as the identity tells them apart, refused in their own shape. */
public record LimitedArea(String pathPrefix, ClientLimits limits, ClientIdentity identity, RefusalWriter refusals) {

    /** The area the request's path lies in, if any. */
    static Optional<LimitedArea> of(List<LimitedArea> areas, ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return areas.stream().filter(area -> path.startsWith(area.pathPrefix())).findFirst();
    }
}
