package city.gridline.grid.location.application;

/** No report of this id is on the triage list, open or closed. */
public class TriageItemNotFoundException extends RuntimeException {

    public TriageItemNotFoundException(String reportId) {
        super("Report " + reportId + " is not on the triage list.");
    }
}
