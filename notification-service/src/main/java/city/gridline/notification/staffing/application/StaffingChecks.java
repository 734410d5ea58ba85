package city.gridline.notification.staffing.application;

import city.gridline.notification.staffing.domain.StaffingCheck;
import city.gridline.notification.staffing.domain.StaffingPolicy;
import city.gridline.notification.staffing.domain.StaffingReport;
import reactor.core.publisher.Mono;

/** The staffing check of every district and street over the register as it stands. */
public class StaffingChecks {

    private final StaffingRegister register;
    private final StaffingPolicy policy;

    public StaffingChecks(StaffingRegister register, StaffingPolicy policy) {
        this.register = register;
        this.policy = policy;
    }

    public Mono<StaffingReport> check() {
        return Mono.zip(register.populations().collectList(), register.teams().collectList())
                .map(registered -> StaffingCheck.check(registered.getT1(), registered.getT2(), policy));
    }
}
