package city.gridline.notification.delivery.adapter.push;

import java.time.Instant;

/** What a team's field app receives over its push stream. */
public record TeamPush(String notificationId, String caseNumber, String templateKey, String text, Instant createdAt) {
}
