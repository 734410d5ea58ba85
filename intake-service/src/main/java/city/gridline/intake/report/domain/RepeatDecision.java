package city.gridline.intake.report.domain;

import java.util.List;

/** What {@link DuplicateRule#decide} made of a report recorded before it was decided whether it repeats another. */
public sealed interface RepeatDecision {

    /** A report of its own; {@code later}: the reports near it filed after it and not decided yet, to follow it. */
    record Own(List<String> later) implements RepeatDecision {

        public Own {
            later = List.copyOf(later);
        }
    }

    /** A repeat of an open report that stands for its own case. */
    record RepeatOf(DuplicateRule.Match match) implements RepeatDecision {
    }

    /** Follows an earlier report near it that is not decided yet: whichever case that one comes to stand for. */
    record Follows(String earlierReportId) implements RepeatDecision {
    }
}
