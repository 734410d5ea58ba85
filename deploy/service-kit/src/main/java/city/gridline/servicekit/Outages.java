package city.gridline.servicekit;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Failures that say nothing about the record or request: the broker or the database could not be reached. A consumer
 * waits these out instead of counting them against the record, so an outage never turns good events into dead
 * letters; an API answers them 503, try again.
 */
public final class Outages {

    private Outages() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RetriableException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof MongoSocketException
                    || cause instanceof MongoConnectionPoolClearedException
                    || cause instanceof MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
