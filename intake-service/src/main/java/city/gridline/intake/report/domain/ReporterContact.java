package city.gridline.intake.report.domain;

import city.gridline.contracts.MaskedContact;

/**
 * Masks a reporter's contact the one way events carry it ({@link MaskedContact}), accepting a phone number some
 * channels hand over already masked (12345 sends {@code 138****5678}): masking that again would lose the digits
 * that are left.
 */
public final class ReporterContact {

    private ReporterContact() {
    }

    public static MaskedContact mask(String name, String phone) {
        if (phone != null && phone.indexOf('*') >= 0) {
            return new MaskedContact(MaskedContact.maskName(name), phone.replaceAll("[^0-9*]", ""));
        }
        return MaskedContact.of(name, phone);
    }
}
