package cn.partybuilding.gateway.service;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;

/**
 * Streams a service's answer body to the caller, one write per event-loop turn instead of one per
 * chunk: a small answer's chunks and its end arrive in the same read, and written one by one each
 * was a system call and a wake-up of the caller (bench/gateway-overhead.sh). A large or slow body
 * still streams, turn by turn, with back-pressure from the caller's connection.
 */
final class ResponseRelay {

    private final HttpClientResponse upstream;
    private final HttpServerResponse downstream;
    private final Context eventLoop;
    /** What arrived in the current turn and is not written yet; null when nothing is. */
    private Buffer pending;

    private ResponseRelay(HttpClientResponse upstream, HttpServerResponse downstream, Context eventLoop) {
        this.upstream = upstream;
        this.downstream = downstream;
        this.eventLoop = eventLoop;
    }

    /** Relays the body; the status and headers must be set on {@code downstream} already. */
    static void relay(HttpClientResponse upstream, HttpServerResponse downstream, Context eventLoop) {
        ResponseRelay relay = new ResponseRelay(upstream, downstream, eventLoop);
        upstream.handler(relay::onChunk);
        upstream.endHandler(ignored -> relay.onEnd());
        // as pipeTo did: a service that fails mid-answer ends the answer with what arrived
        upstream.exceptionHandler(failure -> relay.onEnd());
    }

    private void onChunk(Buffer chunk) {
        if (pending == null) {
            pending = Buffer.buffer(chunk.length()).appendBuffer(chunk);
            eventLoop.runOnContext(ignored -> writePending());
        } else {
            pending.appendBuffer(chunk);
        }
    }

    private void writePending() {
        Buffer data = pending;
        pending = null;
        if (data == null || downstream.closed()) {
            return; // the end came in the same turn and wrote it, or the caller has gone
        }
        downstream.write(data);
        if (downstream.writeQueueFull()) {
            upstream.pause();
            downstream.drainHandler(ignored -> upstream.resume());
        }
    }

    private void onEnd() {
        if (downstream.ended() || downstream.closed()) {
            return;
        }
        Buffer data = pending;
        pending = null;
        if (data == null) {
            downstream.end();
        } else {
            downstream.end(data);
        }
    }
}
