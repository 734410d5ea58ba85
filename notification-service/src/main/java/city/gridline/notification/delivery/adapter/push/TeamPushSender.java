package city.gridline.notification.delivery.adapter.push;

import city.gridline.notification.delivery.application.ChannelSender;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.Notification;
import reactor.core.publisher.Mono;

import java.util.function.Consumer;

/** The TEAM_PUSH channel: the notification goes to every device of the team (its id is the address) connected now. */
public class TeamPushSender implements ChannelSender {

    private final TeamPushHub hub;

    public TeamPushSender(TeamPushHub hub) {
        this.hub = hub;
    }

    @Override
    public Channel channel() {
        return Channel.TEAM_PUSH;
    }

    @Override
    public Mono<Void> send(Notification notification, Consumer<String> tries) {
        return Mono.defer(() -> {
            String teamId = notification.recipient().address();
            int reached = hub.push(teamId, new TeamPush(notification.id(), notification.caseNumber(),
                    notification.templateKey(), notification.text(), notification.createdAt()));
            if (reached == 0) {
                String reason = "no device of team " + teamId + " is connected";
                tries.accept(reason);
                return Mono.error(new IllegalStateException(reason));
            }
            tries.accept(null);
            return Mono.empty();
        });
    }
}
