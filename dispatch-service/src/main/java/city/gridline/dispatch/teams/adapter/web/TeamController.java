package city.gridline.dispatch.teams.adapter.web;

import city.gridline.dispatch.cases.domain.InvalidCaseInput;
import city.gridline.dispatch.teams.application.TeamDirectory;
import city.gridline.dispatch.teams.domain.Member;
import city.gridline.dispatch.teams.domain.Role;
import city.gridline.dispatch.teams.domain.Shift;
import city.gridline.dispatch.teams.domain.Team;
import city.gridline.dispatch.teams.domain.TeamKind;
import city.gridline.dispatch.web.CallingMember;
import city.gridline.servicekit.validation.StorableInstant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Teams, members and duty rosters. Anyone identified may read them; an administrator changes them. The teams
 * stationed around each place (resident groups, street squads, district and special-area teams) appear by
 * themselves as the grid names them; administrators add the others and rename any.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class TeamController {

    private static final Duration LONGEST_SHIFT = Duration.ofHours(24);
    private static final String ID = "[A-Za-z0-9._-]{1,64}";

    private final TeamDirectory directory;
    private final CallingMember caller;

    public TeamController(TeamDirectory directory, CallingMember caller) {
        this.directory = directory;
        this.caller = caller;
    }

    public record TeamBody(@NotBlank @Size(max = 100) String name, @NotNull TeamKind kind,
                           @Pattern(regexp = "[0-9]{9}", message = "must be a 9-digit street code") String streetCode,
                           @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit district code")
                           String districtCode) {
    }

    public record MemberBody(@NotBlank @Size(max = 50) String name, @NotNull Role role,
                             @NotBlank @Pattern(regexp = ID, message = "must be a team id") String teamId) {
    }

    public record ShiftBody(@NotNull @StorableInstant Instant start, @NotNull @StorableInstant Instant end) {
    }

    /** A member with whether they are on duty now. */
    public record MemberView(String id, String name, Role role, String teamId, boolean onDuty) {
    }

    @GetMapping("/teams")
    public Flux<Team> teams() {
        return caller.actor().thenMany(directory.teams());
    }

    @GetMapping("/teams/{teamId}")
    public Mono<Team> team(@PathVariable String teamId) {
        return caller.actor().then(directory.team(teamId));
    }

    @PutMapping("/teams/{teamId}")
    public Mono<Team> saveTeam(@PathVariable String teamId,
                               @Valid @RequestBody TeamBody body) {
        requireId(teamId);
        return caller.withRole(Role.ADMINISTRATOR)
                .then(directory.save(new Team(teamId, body.name().strip(), body.kind(), body.streetCode(),
                        body.districtCode())));
    }

    @GetMapping("/teams/{teamId}/members")
    public Mono<List<MemberView>> members(@PathVariable String teamId) {
        return caller.actor().thenMany(directory.members(teamId))
                .concatMap(m -> directory.onDutyNow(m)
                        .map(onDuty -> new MemberView(m.id(), m.name(), m.role(), m.teamId(), onDuty)))
                .collectList();
    }

    @PutMapping("/members/{memberId}")
    public Mono<Member> saveMember(@PathVariable String memberId, @Valid @RequestBody MemberBody body) {
        requireId(memberId);
        return caller.withRole(Role.ADMINISTRATOR)
                .then(directory.save(new Member(memberId, body.name().strip(), body.role(), body.teamId())));
    }

    @GetMapping("/members/{memberId}/shifts")
    public Flux<Shift> shifts(@PathVariable String memberId) {
        return caller.actor().thenMany(directory.shiftsOf(memberId));
    }

    @PostMapping("/members/{memberId}/shifts")
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<Shift> addShift(@PathVariable String memberId, @Valid @RequestBody ShiftBody body) {
        if (!body.end().isAfter(body.start())
                || Duration.between(body.start(), body.end()).compareTo(LONGEST_SHIFT) > 0) {
            return Mono.error(new InvalidCaseInput("a shift ends after it starts, at most 24 hours later"));
        }
        return caller.withRole(Role.ADMINISTRATOR)
                .then(directory.addShift(memberId, body.start(), body.end()));
    }

    private static void requireId(String id) {
        if (!id.matches(ID)) {
            throw new InvalidCaseInput("an id is 1 to 64 letters, digits or . _ -");
        }
    }
}
