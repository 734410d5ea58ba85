package city.gridline.notification.delivery.adapter.push;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * The push streams of this instance, one per team: every device of a team connected here gets the team's pushes.
 * A push reaches only devices connected at that moment; one that reaches none fails, so that it is delivered again
 * in a later round (or ends DEAD) rather than lost. Which teams are connected here is announced to the other
 * instances ({@link MongoPushPresence}), which then leave those teams' pushes to this one.
 */
public class TeamPushHub {

    private static final Duration EMIT_CONTENTION = Duration.ofMillis(200);

    private final ConcurrentMap<String, Sinks.Many<TeamPush>> streams = new ConcurrentHashMap<>();

    public Flux<TeamPush> connect(String teamId) {
        return streams.computeIfAbsent(teamId, id -> Sinks.many().multicast().directBestEffort()).asFlux();
    }

    /** The teams with at least one device connected here now. */
    public Set<String> connectedTeams() {
        return streams.entrySet().stream().filter(stream -> stream.getValue().currentSubscriberCount() > 0)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** How many connected devices the push reached. */
    public int push(String teamId, TeamPush push) {
        Sinks.Many<TeamPush> stream = streams.get(teamId);
        if (stream == null || stream.currentSubscriberCount() == 0) {
            return 0;
        }
        int connected = stream.currentSubscriberCount();
        // Several delivery rounds may push to one team at once: wait out the contention rather than fail the round.
        stream.emitNext(push, Sinks.EmitFailureHandler.busyLooping(EMIT_CONTENTION));
        return connected;
    }
}
