package city.gridline.notification.staffing.adapter.kafka;

import city.gridline.contracts.event.EventCodec;
import city.gridline.contracts.event.EventEnvelope;
import city.gridline.contracts.event.PopulationChanged;
import city.gridline.contracts.event.TeamRosterChanged;
import city.gridline.contracts.event.UndecodableEventException;
import city.gridline.notification.staffing.application.StaffingRegister;
import city.gridline.notification.staffing.domain.DistrictPopulation;
import city.gridline.notification.staffing.domain.Population;
import city.gridline.notification.staffing.domain.TeamStaffing;

/**
 * Keeps the staffing register: grid's population announcements ({@code grid.population}) and dispatch's team
 * rosters ({@code teams.rosters}). Of a roster only the sworn officers (OFFICER) and the assistants (ASSISTANT)
 * count; supervisors, the command centre and administrators are outside the enforcement establishment.
 */
public class StaffingListener {

    private final StaffingRegister register;
    private final EventCodec codec;

    public StaffingListener(StaffingRegister register, EventCodec codec) {
        this.register = register;
        this.codec = codec;
    }

    public void onPopulation(byte[] payload) {
        EventEnvelope<?> event = codec.decode(payload);
        if (!(event.data() instanceof PopulationChanged changed)) {
            throw new UndecodableEventException(event.type() + " does not belong on grid.population");
        }
        register.record(new DistrictPopulation(population(changed.district()),
                changed.streets().stream().map(StaffingListener::population).toList(),
                changed.layerVersion(), changed.announcedAt())).block();
    }

    public void onRoster(byte[] payload) {
        EventEnvelope<?> event = codec.decode(payload);
        if (!(event.data() instanceof TeamRosterChanged roster)) {
            throw new UndecodableEventException(event.type() + " does not belong on teams.rosters");
        }
        register.record(new TeamStaffing(roster.teamId(), roster.districtCode(), roster.streetCode(),
                roster.frontLine(), roster.members().officers(), roster.members().assistants(),
                roster.changedAt())).block();
    }

    private static Population population(PopulationChanged.Area area) {
        return new Population(area.code(), area.name(), area.households(), area.residents(), area.cells());
    }
}
