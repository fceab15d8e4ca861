package org.peersupport.scripts;

/**
 * Where an element starts in the script's YAML source; line and column count from 1.
 */
public record SourcePosition(int line, int column) {

	/** The position used for elements that were not read from a source. */
	public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

	@Override
	public String toString() {
		return this.line + ":" + this.column;
	}

}
