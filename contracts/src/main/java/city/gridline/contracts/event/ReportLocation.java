package city.gridline.contracts.event;

import city.gridline.contracts.ReportSummary;

/** The outcome of placing a report in the grid, on {@code reports.located}: located or unlocatable. */
public sealed interface ReportLocation extends GridlineEvent permits ReportLocated, ReportUnlocatable {

    String reportId();

    ReportSummary report();

    @Override
    default String aggregateId() {
        return reportId();
    }
}
