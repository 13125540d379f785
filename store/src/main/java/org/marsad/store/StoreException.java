package org.marsad.store;

/** A store that cannot do what was asked: its data directory is unusable, locked, or a write failed. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
