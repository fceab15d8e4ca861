package org.peersupport.store;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredValueTypeTests {

	private final StoredValueType type = new StoredValueType();

	@Test
	void aDocumentIsWrittenAsBsonReadBackEqualAndTakesLessThanJavaSerialization() {
		Document document = aDocument();

		byte[] compact = written(this.type, document);

		assertThat(compact[0]).isEqualTo(StoredValueType.TAG_DOCUMENT);
		Object read = read(this.type, compact);
		assertThat(read).isInstanceOf(Document.class).isEqualTo(document);
		assertThat(((Document) read).keySet()).containsExactlyElementsOf(document.keySet());
		assertThat(compact.length).isLessThan(written(new ObjectDataType(), document).length / 2);
	}

	@Test
	void valuesWrittenByH2sDefaultTypeAreReadAsBefore() {
		ObjectDataType plain = new ObjectDataType();
		for (Object value : List.of(aDocument(), new ObjectId(), "id-7", 42L, 7, new KeyValue("chat", 3L))) {
			assertThat(read(this.type, written(plain, value))).as("%s", value.getClass()).isEqualTo(value);
		}
	}

	@Test
	void aDocumentWithAValueBsonHasNoTypeForIsJavaSerializedAsBefore() {
		Document document = new Document("_id", "x").append("when", new Date(1_000L));

		byte[] written = written(this.type, document);

		assertThat(written[0]).isNotEqualTo(StoredValueType.TAG_DOCUMENT);
		assertThat(read(this.type, written)).isEqualTo(document);
		assertThat(read(new ObjectDataType(), written)).isEqualTo(document);
	}

	@Test
	void anObjectIdTakesItsTwelveBytesAndATag() {
		ObjectId id = new ObjectId();

		byte[] written = written(this.type, id);

		assertThat(written).hasSize(13);
		assertThat(read(this.type, written)).isEqualTo(id);
	}

	@Test
	void anIndexKeyOfPlainValuesIsCompactAndComparesExactlyAsTheOneWritten() {
		IndexKeyType keys = new IndexKeyType();
		List<KeyValue> written = List.of(new KeyValue("u1-2"), new KeyValue(12L), new KeyValue("chat", 5L),
				new KeyValue(new ObjectId()), new KeyValue(2.5), new KeyValue(Instant.ofEpochMilli(1_700_000_000_123L)),
				new KeyValue((Object) null), new KeyValue(true, 3));
		for (KeyValue key : written) {
			byte[] bytes = written(keys, key);
			assertThat(bytes[0]).as("%s", key).isEqualTo(StoredValueType.TAG_KEY);
			KeyValue back = (KeyValue) read(keys, bytes);
			assertThat(back).isEqualTo(key);
			// the order of a B-tree written before stays: the copy serializes byte for
			// byte
			assertThat(ObjectDataType.serialize(back)).isEqualTo(ObjectDataType.serialize(key));
		}
	}

	@Test
	void anIndexKeyWhoseValuesWouldNotCompareTheSameIsJavaSerialized() {
		IndexKeyType keys = new IndexKeyType();
		List<KeyValue> written = List.of(new KeyValue((Object) new ArrayList<>(List.of("a", "b"))),
				new KeyValue(new Document("a", 1)), new KeyValue(Instant.ofEpochSecond(5, 123)),
				new KeyValue(Double.NaN));
		for (KeyValue key : written) {
			byte[] bytes = written(keys, key);
			assertThat(bytes[0]).as("%s", key).isNotEqualTo(StoredValueType.TAG_KEY);
			assertThat(ObjectDataType.serialize(read(keys, bytes))).isEqualTo(ObjectDataType.serialize(key));
		}
	}

	@Test
	void anIndexKeyIsSizedForPagesByItsValuesNotByH2sFirstGuessForASerializedObject() {
		assertThat(this.type.getMemory(new KeyValue("chat", 5L))).isLessThan(500);
		assertThat(new ObjectDataType().getMemory(new KeyValue("chat", 5L))).isGreaterThan(5_000);
	}

	@Test
	void pagesOfManyValuesAreWrittenAndReadInOrder() {
		Object[] values = new Object[50];
		for (int i = 0; i < values.length; i++) {
			values[i] = (i % 3 == 0) ? aDocument().append("n", i) : ((i % 3 == 1) ? new ObjectId() : "id-" + i);
		}
		WriteBuffer buffer = new WriteBuffer();
		this.type.write(buffer, values, values.length);
		ByteBuffer bytes = buffer.getBuffer();
		bytes.flip();
		Object[] back = new Object[values.length];
		this.type.read(bytes, back, back.length);
		assertThat(back).containsExactly(values);
		assertThat(bytes.remaining()).isZero();
	}

	private static Document aDocument() {
		List<Object> list = new ArrayList<>(List.of("a", 1, 2L, new Document("x", true)));
		return new Document("_id", new ObjectId()).append("chat", 123456789L)
			.append("text", "Привіт, як справи? 🙂")
			.append("count", 3)
			.append("ratio", 0.25)
			.append("flag", false)
			.append("none", null)
			.append("at", Instant.ofEpochMilli(1_764_000_000_000L))
			.append("nested", new Document("step", "consent").append("answers", list))
			.append("uuid", UUID.fromString("0b5c7e2a-4d1f-4c2b-9a6e-1f2d3c4b5a69"))
			.append("amount", Decimal128.fromNumber(12.5));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static byte[] written(DataType type, Object value) {
		WriteBuffer buffer = new WriteBuffer();
		type.write(buffer, value);
		ByteBuffer bytes = buffer.getBuffer();
		bytes.flip();
		byte[] out = new byte[bytes.remaining()];
		bytes.get(out);
		return out;
	}

	private static Object read(DataType<?> type, byte[] bytes) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		Object value = type.read(buffer);
		assertThat(buffer.remaining()).as("bytes left after reading").isZero();
		return value;
	}

}
