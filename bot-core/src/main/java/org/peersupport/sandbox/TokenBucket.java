package org.peersupport.sandbox;

/**
 * A token bucket on a nanosecond time line: a capacity and a steady refill rate.
 */
final class TokenBucket {

	private final double capacity;

	private final double tokensPerNano;

	private double tokens;

	private long updatedAt;

	TokenBucket(double capacity, double tokensPerSecond, long now) {
		this.capacity = capacity;
		this.tokensPerNano = tokensPerSecond / 1_000_000_000d;
		this.tokens = capacity;
		this.updatedAt = now;
	}

	/**
	 * Take one token if there is one.
	 * @return 0 if taken, else the nanoseconds until one is available
	 */
	synchronized long tryTake(long now) {
		refill(now);
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return 0;
		}
		return (long) Math.ceil((1 - this.tokens) / this.tokensPerNano);
	}

	synchronized void giveBack() {
		this.tokens = Math.min(this.capacity, this.tokens + 1);
	}

	private void refill(long now) {
		if (now > this.updatedAt) {
			this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) * this.tokensPerNano);
			this.updatedAt = now;
		}
	}

}
