package city.gridline.intake.hotline12345.adapter.mongo;

import city.gridline.intake.hotline12345.application.UnclassifiedTickets;
import city.gridline.intake.hotline12345.domain.UnclassifiedTicket;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The unclassified list in MongoDB; the ticket number is the document id, so a ticket is listed once. */
public class MongoUnclassifiedTickets implements UnclassifiedTickets {

    private final ReactiveMongoTemplate mongo;

    public MongoUnclassifiedTickets(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<UnclassifiedTicket> insertOrFind(UnclassifiedTicket ticket) {
        return mongo.insert(UnclassifiedTicketDocument.of(ticket))
                .onErrorResume(DuplicateKeyException.class,
                        duplicate -> mongo.findById(ticket.ticketNumber(), UnclassifiedTicketDocument.class))
                .map(UnclassifiedTicketDocument::toTicket);
    }

    @Override
    public Mono<UnclassifiedTicket> find(String ticketNumber) {
        return mongo.findById(ticketNumber, UnclassifiedTicketDocument.class).map(UnclassifiedTicketDocument::toTicket);
    }

    @Override
    public Flux<UnclassifiedTicket> waiting(int limit) {
        Query query = Query.query(where("reportId").is(null))
                .with(Sort.by(Sort.Direction.ASC, "receivedAt")).limit(limit);
        return mongo.find(query, UnclassifiedTicketDocument.class).map(UnclassifiedTicketDocument::toTicket);
    }

    @Override
    public Mono<Void> markFiled(String ticketNumber, String categoryCode, String reportId) {
        return mongo.updateFirst(Query.query(where("_id").is(ticketNumber)),
                Update.update("categoryCode", categoryCode).set("reportId", reportId),
                UnclassifiedTicketDocument.class).then();
    }
}
