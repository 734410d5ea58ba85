package city.gridline.dispatch.cases.application;

import city.gridline.dispatch.cases.domain.CaseStatus;
import city.gridline.servicekit.Paging;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Which cases to list: in these statuses, of these teams (any when empty), dispatched with a sign-by time before
 * an instant (any when null), with an extension request waiting (either when null), past their deadline as the
 * notification service announced it (either when null), in a cell whose code begins with {@code area} (a division
 * code; anywhere when null), not handled by the actor {@code excludedHandler} (anyone's when null); a page of them,
 * newest change first (the case number settling ties).
 */
public record CaseQuery(Set<CaseStatus> statuses, Set<String> teamIds, Instant signByBefore,
                        Boolean extensionPending, Boolean overdue, String area, String excludedHandler, int page,
                        int size) {

    /** What a caller is told when {@link #isPage} refuses their page. */
    public static final String PAGE_RULE = "page starts at 0; size is 1 to 200; page x size stays below 2^31";

    public CaseQuery {
        statuses = Set.copyOf(statuses);
        teamIds = Set.copyOf(teamIds);
        if (!isPage(page, size)) {
            throw new IllegalArgumentException(PAGE_RULE);
        }
        if (area != null && !area.matches("\\d{2,12}")) {
            throw new IllegalArgumentException("an area is a division code of 2 to 12 digits");
        }
    }

    /** Whether a page can be listed: past 2^31 cases skipped the database would silently list the first page. */
    public static boolean isPage(int page, int size) {
        return page >= 0 && size >= 1 && size <= 200 && !Paging.beyondSkipLimit(page, size);
    }

    public static CaseQuery inStatus(Collection<CaseStatus> statuses, int page, int size) {
        return new CaseQuery(Set.copyOf(statuses), Set.of(), null, null, null, null, null, page, size);
    }

    /** The same query, only in the area (anywhere when null). */
    public CaseQuery inArea(String wanted) {
        return new CaseQuery(statuses, teamIds, signByBefore, extensionPending, overdue, wanted, excludedHandler, page,
                size);
    }

    /**
     * The same query, only of cases the actor (its id) did not handle: left out by the database, not from the page
     * read, so that a page is as full as there are cases.
     */
    public CaseQuery notHandledBy(String actorId) {
        return new CaseQuery(statuses, teamIds, signByBefore, extensionPending, overdue, area, actorId, page, size);
    }
}
