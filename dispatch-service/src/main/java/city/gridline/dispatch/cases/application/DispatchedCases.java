package city.gridline.dispatch.cases.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code gridline.cases.dispatched{district,street,team}}: cases dispatched to a team when opened, by the case's
 * place and the team. A counter that appears at 1 has its first dispatch missed by rate() and increase(), but the
 * team directory cannot register these ahead: it knows a team's street and district by code, not by name, a
 * district's or a special area's team takes cases from many streets, and the standing teams of a place are learned
 * with its first case. So each instance registers at zero those of the places and teams with open cases
 * ({@link #seen}); only the first dispatch of a place and team ever is missed.
 */
public class DispatchedCases {

    private final MeterRegistry registry;

    public DispatchedCases(MeterRegistry registry) {
        this.registry = registry;
    }

    public void dispatched(String district, String street, String team) {
        counter(district, street, team).increment();
    }

    /** The place and team have cases: their counter is registered, at zero until their next dispatch here. */
    public void seen(String district, String street, String team) {
        counter(district, street, team);
    }

    private Counter counter(String district, String street, String team) {
        return Counter.builder("gridline.cases.dispatched").description("Cases dispatched to a team")
                .tag("district", district)
                .tag("street", street)
                .tag("team", team)
                .register(registry);
    }
}
