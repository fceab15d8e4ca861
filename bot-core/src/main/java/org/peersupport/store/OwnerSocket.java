package org.peersupport.store;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoThreadFactory;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;

/**
 * mongo-java-server's wire protocol on a Unix domain socket in the data directory, which
 * only the service's user can open (the socket file is 0600 in a 0700 directory), instead
 * of a loopback TCP port any local process can connect to. The same handlers as
 * {@code MongoServer.bind}, on Netty's NIO domain-socket channel (JDK 16+); the MongoDB
 * driver connects through jnr-unixsocket.
 */
final class OwnerSocket implements AutoCloseable {

	/** Name of the socket file in the data directory; the driver wants ".sock". */
	static final String FILE_NAME = "store.sock";

	/** Room for a path in {@code sockaddr_un} (108 bytes on Linux, 104 on macOS). */
	private static final int MAX_PATH_BYTES = 103;

	private final Path path;

	private final EventLoopGroup boss;

	private final EventLoopGroup workers;

	private final ChannelGroup clients;

	private final Channel channel;

	private final MongoBackend backend;

	private OwnerSocket(Path path, MongoBackend backend) throws IOException {
		this.path = path;
		this.backend = backend;
		this.boss = new NioEventLoopGroup(1, new MongoThreadFactory("store-socket-boss"));
		this.workers = new NioEventLoopGroup(0, new MongoThreadFactory("store-socket-worker"));
		this.clients = new DefaultChannelGroup("store-clients", this.workers.next());
		// only this process holds the data file's lock, so a socket file left here is
		// stale
		Files.deleteIfExists(path);
		try {
			this.channel = new ServerBootstrap().group(this.boss, this.workers)
				.channel(NioServerDomainSocketChannel.class)
				.childHandler(new ChannelInitializer<Channel>() {
					@Override
					protected void initChannel(Channel client) {
						client.pipeline()
							.addLast(new MongoWireReplyEncoder(), new MongoWireMessageEncoder(),
									new MongoWireProtocolHandler(),
									new MongoDatabaseHandler(backend, OwnerSocket.this.clients),
									new MongoExceptionHandler());
					}
				})
				.bind(UnixDomainSocketAddress.of(path))
				.syncUninterruptibly()
				.channel();
			OwnerOnly.newFile(path);
		}
		catch (IOException | RuntimeException ex) {
			stopLoops();
			throw ex;
		}
	}

	/**
	 * Listens on the socket file in the data directory.
	 * @throws EmbeddedStoreException if the path is too long for a socket or cannot be
	 * bound
	 */
	static OwnerSocket listen(Path dataDir, MongoBackend backend) {
		Path path = dataDir.toAbsolutePath().resolve(FILE_NAME);
		if (path.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
			throw new EmbeddedStoreException(
					"The store's socket " + path + " is longer than the " + MAX_PATH_BYTES
							+ " bytes a Unix socket path may have.",
					"Give PEER_DATA_DIR a shorter path, or set PEER_STORE_LISTEN=loopback (see docs/operations.md).",
					null);
		}
		try {
			return new OwnerSocket(path, backend);
		}
		catch (IOException | RuntimeException ex) {
			throw new EmbeddedStoreException("Cannot listen on the store's socket " + path + ".",
					"Check that PEER_DATA_DIR is on a local file system that allows Unix sockets, or set"
							+ " PEER_STORE_LISTEN=loopback (see docs/operations.md).",
					ex);
		}
	}

	/** The socket file. */
	Path path() {
		return this.path;
	}

	/** A connection string to the socket, with the database. */
	String connectionString(String database) {
		return "mongodb://" + URLEncoder.encode(this.path.toString(), StandardCharsets.UTF_8) + "/" + database;
	}

	/**
	 * Stops listening, ends open connections, closes the backend and removes the socket.
	 */
	@Override
	public void close() {
		this.channel.close().syncUninterruptibly();
		this.clients.close().syncUninterruptibly();
		stopLoops();
		this.backend.close();
		try {
			Files.deleteIfExists(this.path);
		}
		catch (IOException ex) {
			// a stale socket file is removed at the next start
		}
	}

	private void stopLoops() {
		this.boss.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
		this.workers.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
	}

}
