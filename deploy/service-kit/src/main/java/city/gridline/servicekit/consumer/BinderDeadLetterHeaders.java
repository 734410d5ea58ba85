package city.gridline.servicekit.consumer;

import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;

/**
 * The header names the Kafka binder gives its dead letters ({@code x-original-topic}, {@code x-exception-message},
 * …), which docs/events.md promises and operators replay by, kept now that the container writes them.
 */
final class BinderDeadLetterHeaders {

    private BinderDeadLetterHeaders() {
    }

    static HeaderNames names() {
        return HeaderNames.Builder.original()
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .keyExceptionFqcn("x-key-exception-fqcn")
                .exceptionFqcn("x-exception-fqcn")
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .exceptionMessage("x-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .exceptionStacktrace("x-exception-stacktrace")
                .build();
    }
}
