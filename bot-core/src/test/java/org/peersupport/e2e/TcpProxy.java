package org.peersupport.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy that a test can cut (every connection closed, new ones refused)
 * and restore on the same port: the store "unavailable for a while".
 */
final class TcpProxy implements AutoCloseable {

	private final int targetPort;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	TcpProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.port = this.server.getLocalPort();
		acceptLoop(this.server);
	}

	int port() {
		return this.port;
	}

	/** Closes every connection and stops accepting new ones. */
	synchronized void cut() throws IOException {
		this.server.close();
		for (Socket socket : this.sockets) {
			socket.close();
		}
		this.sockets.clear();
	}

	/** Accepts connections again on the same port. */
	synchronized void restore() throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
		this.server = socket;
		acceptLoop(socket);
	}

	@Override
	public void close() throws IOException {
		cut();
	}

	private void acceptLoop(ServerSocket listening) {
		Thread thread = new Thread(() -> {
			while (!listening.isClosed()) {
				try {
					Socket client = listening.accept();
					Socket target = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
					this.sockets.add(client);
					this.sockets.add(target);
					pipe(client, target);
					pipe(target, client);
				}
				catch (IOException ex) {
					// The listening socket was closed by cut(): stop accepting.
				}
			}
		}, "tcp-proxy-accept");
		thread.setDaemon(true);
		thread.start();
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// One side closed: close both.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-proxy-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

}
