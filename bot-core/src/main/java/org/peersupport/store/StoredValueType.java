package org.peersupport.store;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store writes documents, ids and index keys into the data file: as BSON
 * instead of H2's Java serialization, which was the largest cost of every commit (each
 * commit writes every changed B-tree page whole, and Java serialization starts a new
 * {@code ObjectOutputStream} with full class descriptors for each document on the page).
 *
 * <p>
 * Each value keeps a one-byte tag in front, as H2's {@link ObjectDataType} does; the tags
 * used here are ones H2 leaves free, so a file written before this type (every value
 * Java-serialized) is read as it is, and its pages are written anew in BSON as they
 * change. Order is H2's own: comparing is left to {@link ObjectDataType}, and an index
 * key is written compactly only when its values come back as objects that compare the
 * same. A value BSON cannot hold is Java-serialized as before. The other way is closed: a
 * file written with this type cannot be opened by a version of the service without it.
 */
class StoredValueType extends ObjectDataType {

	/** A document as BSON. */
	static final byte TAG_DOCUMENT = 20;

	/** An ObjectId, its 12 bytes. */
	static final byte TAG_OBJECT_ID = 21;

	/** An index key of plain values, as a BSON document of them. */
	static final byte TAG_KEY = 22;

	private static final int OBJECT_ID_BYTES = 12;

	private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(1024));

	/** A running estimate of a document's size in memory, for MVStore's page sizing. */
	private volatile int averageDocumentMemory = 1024;

	@Override
	public int getMemory(Object obj) {
		if (obj instanceof Document) {
			return this.averageDocumentMemory;
		}
		if (obj instanceof ObjectId) {
			return 48;
		}
		if (obj instanceof KeyValue key) {
			// H2's estimate for a serialized object starts at 10,000 bytes and learns
			// only
			// from the ones it serializes itself: index pages would split at a few keys
			return 64 + 48 * key.size();
		}
		return super.getMemory(obj);
	}

	@Override
	public void write(WriteBuffer buff, Object obj) {
		if (obj instanceof ObjectId id) {
			buff.put(TAG_OBJECT_ID).put(id.toByteArray());
			return;
		}
		if (obj instanceof Document document && writeBson(buff, TAG_DOCUMENT, document)) {
			return;
		}
		if (obj instanceof KeyValue key && comparesTheSameAfterReading(key)
				&& writeBson(buff, TAG_KEY, keyAsDocument(key))) {
			return;
		}
		super.write(buff, obj);
	}

	private boolean writeBson(WriteBuffer buff, byte tag, Document document) {
		ByteBuf encoded = ENCODING.get().clear();
		try {
			BsonEncoder.encodeDocument(document, encoded);
		}
		catch (IllegalArgumentException ex) {
			// a value BSON has no type for: Java serialization, as before
			return false;
		}
		int size = encoded.readableBytes();
		if (tag == TAG_DOCUMENT) {
			// objects in memory take about four times their BSON
			this.averageDocumentMemory = (int) ((size * 4L + 15L * this.averageDocumentMemory) / 16);
		}
		buff.put(tag).put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), size);
		return true;
	}

	@Override
	public Object read(ByteBuffer buff) {
		byte tag = buff.get(buff.position());
		if (tag == TAG_OBJECT_ID) {
			buff.get();
			byte[] id = new byte[OBJECT_ID_BYTES];
			buff.get(id);
			return new ObjectId(id);
		}
		if (tag == TAG_DOCUMENT || tag == TAG_KEY) {
			buff.get();
			Document document = readBson(buff);
			return (tag == TAG_DOCUMENT) ? document : new KeyValue(new ArrayList<>(document.values()));
		}
		return super.read(buff);
	}

	private static Document readBson(ByteBuffer buff) {
		ByteBuf bytes = Unpooled.wrappedBuffer(buff.slice());
		Document document = BsonDecoder.decodeBson(bytes);
		buff.position(buff.position() + bytes.readerIndex());
		return document;
	}

	private static Document keyAsDocument(KeyValue key) {
		Document document = new Document();
		int i = 0;
		for (Object value : key) {
			document.put(Integer.toString(i++), value);
		}
		return document;
	}

	/**
	 * Index keys are ordered by their Java-serialized bytes ({@link IndexKeyType}): a key
	 * read back must serialize exactly as the one written, which holds for these types
	 * (BSON gives back the same class and value; an instant only to the millisecond) and
	 * not, e.g., for a list or a document.
	 */
	private static boolean comparesTheSameAfterReading(KeyValue key) {
		for (Object value : key) {
			boolean plain = value == null || value instanceof String || value instanceof Integer
					|| value instanceof Long || value instanceof Boolean || value instanceof ObjectId
					|| (value instanceof Instant instant && instant.getNano() % 1_000_000 == 0)
					|| (value instanceof Double number && !number.isNaN());
			if (!plain) {
				return false;
			}
		}
		return true;
	}

}
