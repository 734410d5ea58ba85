package city.gridline.intake.limits.adapter.web;

import city.gridline.intake.limits.domain.ClientLimits;

/** The paths under one prefix, limited per client as the identity tells them apart, refused in their own shape. */
public record LimitedArea(String pathPrefix, ClientLimits limits, ClientIdentity identity, RefusalWriter refusals) {
}
