package city.gridline.dispatch.cases.domain;

/**
 * When a citizen's unsatisfied call-back (回访不满意) reopens a closed case for rework: only if {@code enabled}, and
 * at most {@code limit} times per case, so that one case does not come back again and again. A case that ended
 * otherwise — transferred, cancelled, merged — is never reopened: it was never the city's team's to handle.
 */
public record ReopenPolicy(boolean enabled, int limit) {

    public ReopenPolicy {
        if (limit < 0) {
            throw new IllegalArgumentException("the reopen limit is at least 0, was " + limit);
        }
    }
}
