package city.gridline.notification.delivery.domain;

import java.time.Instant;
import java.util.UUID;

public final class NotificationFixture {

    private NotificationFixture() {
    }

    public static Notification aPendingTeamSms(Instant now) {
        return Notification.pending(UUID.randomUUID().toString(), Channel.SMS, Recipient.team("T110105001024", "13800138000"),
                new RenderedMessage("case-dispatched-team", "【城管】新案件261123-00042已派遣至南郎家园综合执法组"),
                "261123-00042", false, now, now);
    }

    public static Notification aPendingCitizenSms(Instant now, boolean emergency) {
        return Notification.pending(UUID.randomUUID().toString(), Channel.SMS, Recipient.citizen("report-1", "13912345678"),
                new RenderedMessage("case-opened-citizen", "【城管】您反映的问题已立案"), "261123-00042", emergency, now, now);
    }
}
