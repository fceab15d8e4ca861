package org.peersupport.leases;

import java.util.UUID;

/**
 * Who holds a lease: one random id per process start, so a restarted instance does not
 * mistake its predecessor's leases for its own.
 *
 * @param value the id, as stored in a lease's owner field
 */
public record InstanceId(String value) {

	public InstanceId {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("An instance id must not be blank");
		}
	}

	/** A fresh id for this process. */
	public static InstanceId random() {
		return new InstanceId(UUID.randomUUID().toString());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
