package city.gridline.intake.report.domain;

import city.gridline.contracts.Channel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reports of one channel, newest first. When {@code sourceTicketIds} is not empty it alone selects; otherwise
 * the source categories (none = any), the receipt window [{@code from}, {@code to}) and the statuses (none = any)
 * narrow it. At most {@code limit} reports.
 */
public record ReportQuery(Channel channel, List<String> sourceTicketIds, List<String> sourceCategories,
                          Instant from, Instant to, Set<ReportStatus> statuses, int limit) {

    public ReportQuery {
        Objects.requireNonNull(channel, "channel");
        sourceTicketIds = sourceTicketIds == null ? List.of() : List.copyOf(sourceTicketIds);
        sourceCategories = sourceCategories == null ? List.of() : List.copyOf(sourceCategories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }
}
