package org.marsad.ingest;

import java.util.function.Consumer;

/**
 * The caller's consumer, with its exceptions marked as its own: reading turns unexpected exceptions into
 * {@link InputItem.Failed} items, but one thrown by the consumer (a closed output, a cancelled request) must
 * reach the caller unchanged.
 */
final class GuardedSink {
    private final Consumer<InputItem> consumer;

    GuardedSink(Consumer<InputItem> consumer) {
        this.consumer = consumer;
    }

    void accept(InputItem item) {
        try {
            consumer.accept(item);
        } catch (RuntimeException e) {
            throw new ConsumerFailure(e);
        }
    }

    /** Carries an exception thrown by the consumer out of the reading code, which rethrows the original. */
    static final class ConsumerFailure extends RuntimeException {
        ConsumerFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException original() {
            return (RuntimeException) getCause();
        }
    }
}
