package city.gridline.notification.callback.domain;

import city.gridline.contracts.TeamRef;

import java.time.Instant;
import java.util.Objects;

/**
 * The hotline's task to call the citizen back once their case is closed (回访), and its result once recorded.
 * {@code team}, {@code district} and {@code street} are the case's as the register knew them at closure (may be
 * unknown). Nothing about the citizen is kept here: the hotline reaches them through the report.
 */
public record CallbackTask(String caseNumber, String reportId, TeamRef team, String district, String street,
                           Instant closedAt, CallbackState state, CallbackResult result, String comment,
                           String operator, Instant recordedAt) {

    public CallbackTask {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(state, "state");
    }

    public static CallbackTask open(String caseNumber, String reportId, TeamRef team, String district, String street,
                                    Instant closedAt) {
        return new CallbackTask(caseNumber, reportId, team, district, street, closedAt, CallbackState.OPEN, null, null,
                null, null);
    }
}
