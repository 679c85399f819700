package org.maillage.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The port of a journey test's server, known before the application starts (its mails
 * carry links to it). Chosen below the system's ephemeral range (32768–60999 on Linux): a
 * port the system hands out for {@code new ServerSocket(0)} could be handed again to
 * chromedriver or to an outgoing connection before the application binds it (seen in CI:
 * "Port … was already in use").
 */
final class ServerPorts {

	private static final int FIRST = 20_000;

	private static final int LAST = 32_000;

	private ServerPorts() {
	}

	static int free() {
		for (int attempt = 0; attempt < 200; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
			try (var socket = new ServerSocket()) {
				socket.bind(new InetSocketAddress(port));
				return port;
			}
			catch (IOException taken) {
				// try another one
			}
		}
		throw new IllegalStateException("No free port between " + FIRST + " and " + LAST);
	}

}
