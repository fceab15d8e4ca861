package org.peersupport.sandbox;

/**
 * A sandbox user as the emulator knows them.
 */
record UserProfile(long id, String firstName, String languageCode) {

	UserProfile merge(String newFirstName, String newLanguageCode) {
		return new UserProfile(this.id, (newFirstName != null) ? newFirstName : this.firstName,
				(newLanguageCode != null) ? newLanguageCode : this.languageCode);
	}

	@Override
	public String toString() {
		return "UserProfile[id=" + this.id + "]";
	}

}
