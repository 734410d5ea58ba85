package city.gridline.servicekit;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.GenericMessage;

import static org.assertj.core.api.Assertions.assertThat;

class OutagesTest {

    @Test
    void brokerAndDatabaseFailuresAreOutagesWhereverTheyAreInTheCauseChain() {
        assertThat(Outages.isOutage(sendFailed(new TimeoutException("Expiring 1 record(s)")))).isTrue();
        assertThat(Outages.isOutage(sendFailed(new NotLeaderOrFollowerException("moved")))).isTrue();
        assertThat(Outages.isOutage(new DataAccessResourceFailureException("no server"))).isTrue();
        assertThat(Outages.isOutage(new QueryTimeoutException("slow"))).isTrue();
        assertThat(Outages.isOutage(new IllegalStateException("wrapped",
                new MongoSocketReadException("reset", new ServerAddress())))).isTrue();
        assertThat(Outages.isOutage(new MongoTimeoutException("no primary"))).isTrue();
        assertThat(Outages.isOutage(new IllegalStateException("Connection pool for localhost:27017 is paused",
                new MongoConnectionPoolClearedException(new ServerId(new ClusterId(), new ServerAddress()),
                        new MongoSocketReadException("reset", new ServerAddress()))))).isTrue();
    }

    @Test
    void failuresOfTheRecordItselfAreNot() {
        assertThat(Outages.isOutage(sendFailed(new RecordTooLargeException("10 MB")))).isFalse();
        assertThat(Outages.isOutage(new DuplicateKeyException("E11000"))).isFalse();
        assertThat(Outages.isOutage(new IllegalArgumentException("unknown category 999999"))).isFalse();
    }

    private static MessageHandlingException sendFailed(Exception cause) {
        return new MessageHandlingException(new GenericMessage<>("event"), "Failed to send", cause);
    }
}
