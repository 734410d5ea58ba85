package city.gridline.dispatch.cases.application;

import city.gridline.dispatch.cases.domain.CaseStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Which cases to list: in these statuses, of these teams (any when empty), dispatched with a sign-by time before
 * an instant (any when null), with an extension request waiting (either when null), past their deadline as the
 * notification service announced it (either when null); a page of them, newest change first.
 */
public record CaseQuery(Set<CaseStatus> statuses, Set<String> teamIds, Instant signByBefore,
                        Boolean extensionPending, Boolean overdue, int page, int size) {

    public CaseQuery {
        statuses = Set.copyOf(statuses);
        teamIds = Set.copyOf(teamIds);
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page from 0, size 1 to 200");
        }
    }

    public static CaseQuery inStatus(Collection<CaseStatus> statuses, int page, int size) {
        return new CaseQuery(Set.copyOf(statuses), Set.of(), null, null, null, page, size);
    }
}
