package org.peersupport.web.volunteers;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peersupport.participants.VettingItem;

/**
 * The vetting checklist of a volunteer's programme as a moderator ticks it before
 * approving; kept in the approval's audit entry (each item's key, ticked or not).
 *
 * @param items the programme's items in its order
 */
record VolunteerChecklist(List<Item> items) {

	/** The items of a programme's checklist with the ones in {@code ticked} ticked. */
	static VolunteerChecklist of(List<VettingItem> vetting, Collection<String> ticked, String language) {
		return new VolunteerChecklist(vetting.stream()
			.map((item) -> new Item(item.key(), item.text(language), item.required(), ticked.contains(item.key())))
			.toList());
	}

	/** Whether the identity check is ticked (it is on every checklist). */
	boolean identityChecked() {
		return this.items.stream().anyMatch((item) -> item.key().equals(VettingItem.IDENTITY_CHECKED) && item.ticked());
	}

	/** Whether every required item is ticked. */
	boolean requiredTicked() {
		return this.items.stream().allMatch((item) -> !item.required() || item.ticked());
	}

	Map<String, Object> toAudit() {
		Map<String, Object> fields = new LinkedHashMap<>();
		this.items.forEach((item) -> fields.put(item.key(), item.ticked()));
		return fields;
	}

	/**
	 * One item as the page shows it.
	 *
	 * @param key the item's key (the checkbox's value)
	 * @param text what the moderator reads, in the panel language
	 * @param required whether approval needs it
	 * @param ticked whether it is ticked
	 */
	record Item(String key, String text, boolean required, boolean ticked) {

		/** The checkbox's element id. */
		public String inputId() {
			return "check-" + this.key;
		}

	}

}
