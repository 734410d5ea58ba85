package city.gridline.dispatch.teams.application;

import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.TeamRosterChanged;

/** Announces a team's roster on {@code teams.rosters}; returns once the broker has it. */
public interface RosterPublisher {

    void publish(EventEnvelope<TeamRosterChanged> roster);
}
