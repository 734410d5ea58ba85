package city.gridline.intake.hotline12345.domain;

import city.gridline.contracts.Channel;
import city.gridline.contracts.GeoPoint;
import city.gridline.contracts.MaskedContact;
import city.gridline.intake.report.domain.NormalizedText;
import city.gridline.intake.report.domain.Normalization;
import city.gridline.intake.report.domain.ReportSubmission;
import city.gridline.intake.report.domain.ReporterContact;
import city.gridline.intake.report.domain.SourceDetails;
import city.gridline.intake.report.domain.TextNormalizer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A 12345 work order (工单) as the hotline hands it over: their ticket number, their category path, what the caller
 * said, where, the caller (usually masked by 12345 already) and 12345's own time limit, a deadline or hours.
 */
public record WorkOrder(String ticketNumber, String categoryPath, String content, String address, GeoPoint location,
                        String callerName, String callerPhone, Instant deadline, Integer limitHours,
                        Set<Normalization> normalizations) {

    public WorkOrder {
        Objects.requireNonNull(ticketNumber, "ticketNumber");
        Objects.requireNonNull(categoryPath, "categoryPath");
        // as the database keeps it, so that a retry compares equal to the stored order
        deadline = deadline == null ? null : deadline.truncatedTo(ChronoUnit.MILLIS);
        normalizations = normalizations == null || normalizations.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(normalizations));
    }

    /**
     * The work order as intake keeps it, even before it can be filed: text normalized, the caller masked. Applying it
     * twice changes nothing.
     */
    public WorkOrder normalized() {
        NormalizedText normalizedContent = TextNormalizer.normalize(content);
        NormalizedText normalizedAddress = TextNormalizer.normalize(address);
        Set<Normalization> applied = EnumSet.noneOf(Normalization.class);
        applied.addAll(normalizations);
        applied.addAll(normalizedContent.applied());
        applied.addAll(normalizedAddress.applied());
        MaskedContact caller = ReporterContact.mask(callerName, callerPhone);
        return new WorkOrder(ticketNumber, categoryPath.strip(), normalizedContent.text(), normalizedAddress.text(),
                location, caller.name(), caller.phone(), deadline, limitHours, applied);
    }

    public ReportSubmission toSubmission(String categoryCode) {
        return new ReportSubmission(Channel.HOTLINE_12345, ticketNumber, categoryCode, content, location, address,
                callerName, callerPhone, normalizations,
                new SourceDetails(categoryPath, null, deadline, limitHours, null, null, null));
    }
}
