package city.gridline.dispatch.cases.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The bodies the command centre sends; the operation id is optional here, but makes a retry safe. */
public final class CommandRequests {

    private CommandRequests() {
    }

    /** Chase, escalate, put on the backlog, cancel: a reason is all they need. */
    public record WithReason(@Pattern(regexp = FieldRequests.OPERATION_ID,
            message = FieldRequests.OPERATION_ID_MESSAGE) String clientOperationId,
                             @NotBlank @Size(max = 500) String reason) {
    }

    /** No team: the next the responsibility list offers. A team: that one, with assisting teams if any. */
    public record Redispatch(@Pattern(regexp = FieldRequests.OPERATION_ID,
            message = FieldRequests.OPERATION_ID_MESSAGE) String clientOperationId,
                             @Size(max = 64) String teamId,
                             @Size(max = 5) List<@NotBlank String> assistingTeamIds,
                             @NotBlank @Size(max = 500) String reason) {
    }

    public record ExtensionDecision(@Pattern(regexp = FieldRequests.OPERATION_ID,
            message = FieldRequests.OPERATION_ID_MESSAGE) String clientOperationId,
                                    @NotNull Boolean granted, @NotBlank @Size(max = 500) String reason) {
    }

    public record Merge(@Pattern(regexp = FieldRequests.OPERATION_ID,
            message = FieldRequests.OPERATION_ID_MESSAGE) String clientOperationId,
                        @NotBlank @Pattern(regexp = "[0-9]{6}-[0-9]{5,}", message = "must be a case number")
                        String intoCaseNumber,
                        @NotBlank @Size(max = 500) String reason) {
    }
}
