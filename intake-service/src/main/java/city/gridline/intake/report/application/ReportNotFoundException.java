package city.gridline.intake.report.application;

public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(String reportId) {
        super("No report " + reportId + ".");
    }
}
