package cn.partybuilding.gateway.service;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * Streams a request body to a service while counting it: a chunked body that grows past the limit
 * fails the forwarding with {@link TooLargeException} (answered 413) instead of being buffered whole.
 */
final class LimitedReadStream implements ReadStream<Buffer> {

    static final class TooLargeException extends RuntimeException {
        TooLargeException() {
            super("request body over the limit", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long limit;
    private long received;
    private Handler<Throwable> exceptionHandler;

    LimitedReadStream(ReadStream<Buffer> source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            received += chunk.length();
            if (received > limit) {
                source.handler(null);
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new TooLargeException());
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler);
        return this;
    }
}
