package city.gridline.notification.delivery.adapter.web;

import city.gridline.notification.delivery.adapter.push.TeamPush;
import city.gridline.notification.delivery.adapter.push.TeamPushHub;
import city.gridline.servicekit.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

import java.time.Duration;

/**
 * {@code GET /api/v1/push/teams/{teamId}}: a team's push stream as server-sent events, for callers whose areas hold
 * the team's station ({@link TeamPushAccess}; else 403, and 404 for a team with no roster). It opens with a
 * {@code connected} event once the device is registered, then carries each push (event = template key, id =
 * notification id), with a comment every 15 s to keep proxies from closing it.
 */
@RestController
public class TeamPushController {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final TeamPushHub hub;
    private final TeamPushAccess access;

    public TeamPushController(TeamPushHub hub, TeamPushAccess access) {
        this.hub = hub;
        this.access = access;
    }

    @GetMapping(path = "/api/v1/push/teams/{teamId}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<TeamPush>> stream(@PathVariable String teamId) {
        return access.check(teamId).thenMany(Flux.defer(() -> pushes(teamId)));
    }

    private Flux<ServerSentEvent<TeamPush>> pushes(String teamId) {
        Flux<ServerSentEvent<TeamPush>> pushes = hub.connect(teamId)
                .map(push -> ServerSentEvent.builder(push).id(push.notificationId()).event(push.templateKey()).build());
        // Merged after the pushes, so the device is registered with the hub before it is told it is connected.
        Flux<ServerSentEvent<TeamPush>> connected = Flux.just(ServerSentEvent.<TeamPush>builder().event("connected")
                .comment("team " + teamId).build());
        Flux<ServerSentEvent<TeamPush>> heartbeat = Flux.interval(HEARTBEAT)
                .map(tick -> ServerSentEvent.<TeamPush>builder().comment("heartbeat").build());
        return Flux.merge(pushes, connected, heartbeat);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownTeam(TeamPushAccess.UnknownTeamException ex) {
        // As application/problem+json whatever the Accept: a device asking for an event stream still learns why.
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.NOT_FOUND, "team-not-found", "Team not found", ex.getMessage()));
    }
}
