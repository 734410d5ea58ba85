package city.gridline.notification.deadline.adapter.mongo;

import city.gridline.notification.deadline.domain.CountingRules;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;

/** The one document of {@code deadline_counting_rules}: what the stored deadlines were last counted by. */
@Document("deadline_counting_rules")
record CountingRulesDocument(@Id String id, String fingerprint, LocalDate listedUntil) {

    static final String ID = "in-force";

    static CountingRulesDocument of(CountingRules rules) {
        return new CountingRulesDocument(ID, rules.fingerprint(), rules.listedUntil());
    }

    CountingRules toRules() {
        return new CountingRules(fingerprint, listedUntil);
    }
}
