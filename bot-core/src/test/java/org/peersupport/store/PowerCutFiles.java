package org.peersupport.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2 files under the scheme {@code cut:} that remember what a power cut would leave: the
 * file as it was at its last sync ({@code force}), and every write since. Test support;
 * one file at a time. Public, with a public constructor: H2 makes an instance per path by
 * reflection.
 */
public final class PowerCutFiles extends FilePathWrapper {

	private static final PowerCutFiles INSTANCE = new PowerCutFiles();

	private static volatile Disk disk;

	static {
		FilePath.register(INSTANCE);
	}

	public PowerCutFiles() {
	}

	/** The H2 file name of {@code file} under this scheme, recording into a new disk. */
	static String watch(Path file, Disk into) {
		disk = into;
		return INSTANCE.getScheme() + ":" + file;
	}

	@Override
	public String getScheme() {
		return "cut";
	}

	@Override
	public FileChannel open(String mode) throws IOException {
		return new Recording(getBase().open(mode), disk);
	}

	/** What reached the disk for sure, and what was written after it. */
	static final class Disk {

		private final Path file;

		private final AtomicInteger syncs = new AtomicInteger();

		private byte[] synced = new byte[0];

		private final List<long[]> writesSinceSync = new ArrayList<>();

		Disk(Path file) {
			this.file = file;
		}

		int syncs() {
			return this.syncs.get();
		}

		/** The file as the last sync left it. */
		synchronized byte[] synced() {
			return this.synced.clone();
		}

		/** Position and length of each write since the last sync. */
		synchronized List<long[]> writesSinceSync() {
			return List.copyOf(this.writesSinceSync);
		}

		synchronized void written(long position, int length) {
			this.writesSinceSync.add(new long[] { position, length });
		}

		private byte[] cutImage;

		private List<long[]> cutWrites;

		/** Remembers this moment as the power cut: the last sync and the writes since. */
		synchronized void cut() {
			this.cutImage = this.synced.clone();
			this.cutWrites = List.copyOf(this.writesSinceSync);
		}

		synchronized byte[] lastCutImage() {
			return this.cutImage.clone();
		}

		synchronized List<long[]> lastCut() {
			return this.cutWrites;
		}

		synchronized void forced() throws IOException {
			this.synced = Files.readAllBytes(this.file);
			this.writesSinceSync.clear();
			this.syncs.incrementAndGet();
		}

	}

	private static final class Recording extends FileBase {

		private final FileChannel channel;

		private final Disk disk;

		Recording(FileChannel channel, Disk disk) {
			this.channel = channel;
			this.disk = disk;
		}

		@Override
		public void implCloseChannel() throws IOException {
			this.channel.close();
		}

		@Override
		public long position() throws IOException {
			return this.channel.position();
		}

		@Override
		public long size() throws IOException {
			return this.channel.size();
		}

		@Override
		public int read(ByteBuffer dst) throws IOException {
			return this.channel.read(dst);
		}

		@Override
		public int read(ByteBuffer dst, long position) throws IOException {
			return this.channel.read(dst, position);
		}

		@Override
		public FileChannel position(long pos) throws IOException {
			this.channel.position(pos);
			return this;
		}

		@Override
		public FileChannel truncate(long newLength) throws IOException {
			this.channel.truncate(newLength);
			return this;
		}

		@Override
		public void force(boolean metaData) throws IOException {
			synchronized (this.disk) {
				this.channel.force(metaData);
				this.disk.forced();
			}
		}

		@Override
		public int write(ByteBuffer src) throws IOException {
			long position = this.channel.position();
			int length = src.remaining();
			synchronized (this.disk) {
				int written = this.channel.write(src);
				this.disk.written(position, length);
				return written;
			}
		}

		@Override
		public int write(ByteBuffer src, long position) throws IOException {
			int length = src.remaining();
			synchronized (this.disk) {
				int written = this.channel.write(src, position);
				this.disk.written(position, length);
				return written;
			}
		}

		@Override
		public FileLock tryLock(long position, long size, boolean shared) throws IOException {
			return this.channel.tryLock(position, size, shared);
		}

	}

}
