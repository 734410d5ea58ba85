package city.gridline.grid.layer.application;

import city.gridline.grid.layer.domain.SpecialZones;
import city.gridline.grid.layer.domain.ZoneDraft;
import city.gridline.grid.layer.domain.ZoneProblem;
import city.gridline.grid.layer.domain.ZoneValidator;

import java.util.ArrayList;
import java.util.List;

/**
 * Imports the district's special zones: checked as a whole, then stored as one set and put in force, so that
 * every report located from then on is matched against them. The zones belong to the district, not to a layer
 * version: activating another layer keeps them.
 */
public class ZoneAdministration {

    private final ZoneStore store;
    private final ActiveLayer active;
    private final ZoneValidator validator;

    public ZoneAdministration(ZoneStore store, ActiveLayer active, ZoneValidator validator) {
        this.store = store;
        this.active = active;
        this.validator = validator;
    }

    /** The zones in force. */
    public SpecialZones zones() {
        return active.zones();
    }

    /**
     * Checks, stores and puts in force a new set of zones in place of the current one. {@code readProblems} are
     * what could not even be read from the file; they reject the import like any other problem.
     */
    public SpecialZones importZones(List<ZoneDraft> drafts, List<ZoneProblem> readProblems) {
        ZoneValidator.Outcome outcome = validator.validate(drafts);
        List<ZoneProblem> problems = new ArrayList<>(readProblems);
        problems.addAll(outcome.problems());
        if (!problems.isEmpty()) {
            throw new ZonesRejectedException(problems);
        }
        store.save(outcome.zones());
        active.replaceZones(outcome.zones());
        return outcome.zones();
    }
}
