package cn.partybuilding.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.net.SocketAddress;
import org.junit.jupiter.api.Test;

class DevTokenRouteTest {

    @Test
    void onlyCallersOnThisMachineGetTokens() {
        for (String loopback : new String[] {"127.0.0.1", "127.8.9.10", "::1", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"}) {
            assertTrue(DevTokenRoute.fromLoopback(SocketAddress.inetSocketAddress(50000, loopback)), loopback);
        }
        for (String remote : new String[] {"10.0.0.5", "192.168.1.20", "0.0.0.0", "172.17.0.1", "fe80::1",
                "2001:db8::7", "::ffff:10.0.0.5", "::"}) {
            assertFalse(DevTokenRoute.fromLoopback(SocketAddress.inetSocketAddress(50000, remote)), remote);
        }
        assertFalse(DevTokenRoute.fromLoopback(null), "no address known");
        assertFalse(DevTokenRoute.fromLoopback(SocketAddress.inetSocketAddress(50000, "localhost")),
                "a name is not looked up");
        assertFalse(DevTokenRoute.fromLoopback(SocketAddress.domainSocketAddress("/tmp/gateway.sock")));
    }
}
