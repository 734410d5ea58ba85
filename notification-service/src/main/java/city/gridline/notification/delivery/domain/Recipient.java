package city.gridline.notification.delivery.domain;

import java.util.Objects;

/** {@code id}: who (a team id, a report id for a citizen); {@code address}: where, in the channel's terms (a phone number for SMS). */
public record Recipient(RecipientKind kind, String id, String address) {

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
    }

    public static Recipient team(String teamId, String address) {
        return new Recipient(RecipientKind.TEAM, teamId, address);
    }

    public static Recipient commandCentre(String address) {
        return new Recipient(RecipientKind.COMMAND_CENTRE, "command-centre", address);
    }

    /** A webhook by its configured name. */
    public static Recipient system(String webhookName) {
        return new Recipient(RecipientKind.SYSTEM, webhookName, webhookName);
    }

    /** An office by its e-mail address (not personal: the office's, not a person's). */
    public static Recipient office(String mailbox) {
        return new Recipient(RecipientKind.OFFICE, mailbox, mailbox);
    }

    public static Recipient citizen(String id, String address) {
        return new Recipient(RecipientKind.CITIZEN, id, address);
    }
}
