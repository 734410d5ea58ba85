package city.gridline.notification.delivery;

import city.gridline.notification.NotificationIntegrationTest;
import city.gridline.notification.delivery.adapter.mongo.MongoNotificationStore;
import city.gridline.notification.delivery.adapter.push.MongoPushPresence;
import city.gridline.notification.delivery.adapter.push.TeamPushHub;
import city.gridline.notification.delivery.domain.Channel;
import city.gridline.notification.delivery.domain.Notification;
import city.gridline.notification.delivery.domain.Recipient;
import city.gridline.notification.delivery.domain.RecipientKind;
import city.gridline.notification.delivery.domain.RenderedMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.Disposable;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Found in review: with several instances, any instance's poller claimed a team's push, and every instance but the one
 * the team's devices were connected to failed the round. Two instances are played here by two hubs on one database.
 */
class TeamPushPresenceIT extends NotificationIntegrationTest {

    /** Far ahead, so that the running service's own poller never finds these notifications due. */
    private static final Instant LATER = Instant.parse("2100-01-01T00:00:00Z");

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    MongoNotificationStore store;

    private final String team = "T-PRESENCE-" + UUID.randomUUID();

    @Test
    void aTeamWithADeviceOnOneInstanceIsServedElsewhereForTheOthersUntilItLeavesOrFallsSilent() {
        TeamPushHub hubHere = new TeamPushHub();
        MongoPushPresence here = new MongoPushPresence(mongo, hubHere);
        MongoPushPresence other = new MongoPushPresence(mongo, new TeamPushHub());
        Instant now = Instant.now();
        Disposable device = hubHere.connect(team).subscribe();

        here.announce(now).block();
        other.announce(now).block();

        assertThat(other.servedElsewhere(now).block()).contains(team);
        assertThat(here.servedElsewhere(now).block()).doesNotContain(team);
        assertThat(other.servedElsewhere(now.plus(Duration.ofMinutes(1))).block())
                .as("an instance that stopped announcing").doesNotContain(team);
        device.dispose();
        here.announce(now).block();
        assertThat(other.servedElsewhere(now).block()).as("the device left").doesNotContain(team);
    }

    @Test
    void anInstanceLeavesThePushesOfTeamsServedElsewhereAndTakesEverythingElse() {
        Notification push = notification(Channel.TEAM_PUSH, RecipientKind.TEAM, team);
        Notification sms = notification(Channel.SMS, RecipientKind.TEAM, "13800000000");
        store.insertIfAbsent(push).block();
        store.insertIfAbsent(sms).block();

        Notification first = store.claimNextDue(LATER, LATER.plusSeconds(60), Set.of(team)).block();
        Notification second = store.claimNextDue(LATER, LATER.plusSeconds(60), Set.of(team)).block();
        Notification whenNobodyHasTheTeam = store.claimNextDue(LATER, LATER.plusSeconds(60), Set.of()).block();

        assertThat(first.id()).isEqualTo(sms.id());
        assertThat(second).isNull();
        assertThat(whenNobodyHasTheTeam.id()).isEqualTo(push.id());
    }

    private Notification notification(Channel channel, RecipientKind kind, String address) {
        return Notification.pending(UUID.randomUUID().toString(), channel, new Recipient(kind, team, address),
                new RenderedMessage("case-dispatched-team", "已派遣"), "261125-99999", false, LATER, LATER);
    }
}
