package city.gridline.intake.hotline12345.application;

import city.gridline.intake.hotline12345.domain.UnclassifiedTicket;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Work orders waiting for a person to classify them, one per ticket number. */
public interface UnclassifiedTickets {

    /** Stores the ticket unless one with its number is stored, and gives back whichever is stored. */
    Mono<UnclassifiedTicket> insertOrFind(UnclassifiedTicket ticket);

    Mono<UnclassifiedTicket> find(String ticketNumber);

    /** Those not filed yet, oldest first. */
    Flux<UnclassifiedTicket> waiting(int limit);

    Mono<Void> markFiled(String ticketNumber, String categoryCode, String reportId);
}
