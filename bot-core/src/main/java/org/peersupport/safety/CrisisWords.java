package org.peersupport.safety;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds crisis phrases (suicide and self-harm, overdose, violence, threats to others) in
 * a message, whatever the word order and the word endings ({@link Phrases}). Every
 * locale's list is checked whatever the person's language, because people switch
 * languages when they are upset.
 */
public class CrisisWords {

	/**
	 * The built-in phrases per locale and kind, written as {@link Phrases} reads them.
	 */
	public static final Map<String, Map<CrisisKind, List<String>>> DEFAULTS = Map.of("en", english(), "ru", russian(),
			"uk", ukrainian(), "pl", polish());

	private final Map<CrisisKind, Phrases> phrases = new EnumMap<>(CrisisKind.class);

	/**
	 * @param configured phrases per locale and kind; a locale configured replaces its
	 * built-in lists, the others keep theirs
	 */
	public CrisisWords(Map<String, Map<CrisisKind, List<String>>> configured) {
		Map<String, Map<CrisisKind, List<String>>> lists = new HashMap<>(DEFAULTS);
		lists.putAll(configured);
		for (CrisisKind kind : CrisisKind.values()) {
			List<String> all = new ArrayList<>();
			lists.values().forEach((byKind) -> all.addAll(byKind.getOrDefault(kind, List.of())));
			this.phrases.put(kind, new Phrases(all));
		}
	}

	/** Whether the text contains a crisis phrase. */
	public boolean matches(String text) {
		return find(text).isPresent();
	}

	/** The most urgent kind of crisis phrase in the text, if it has one. */
	public Optional<CrisisKind> find(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		List<List<String>> sentences = Phrases.sentences(text);
		for (CrisisKind kind : CrisisKind.values()) {
			if (this.phrases.get(kind).foundIn(sentences)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	private static Map<CrisisKind, List<String>> english() {
		return Map.of(CrisisKind.SELF_HARM,
				List.of("suicid*", "kill_myself|killing_myself|killed_myself", "end_my_life|ending_my_life|end_it_all",
						"want_to_die|wanna_die|wish_i_was_dead|wish_i_were_dead|better_off_dead|rather_be_dead",
						"dont_want_to_live|do_not_want_to_live|dont_want_to_be_alive", "self_harm*",
						"cut_myself|cutting_myself|hurt_myself|hurting_myself|harm_myself|harming_myself",
						"hang_myself|hanging_myself"),
				CrisisKind.OVERDOSE,
				List.of("overdos*", "too_many_pills|too_many_tablets|whole_bottle_of_pills|all_my_pills"),
				CrisisKind.VIOLENCE,
				List.of("he|she|husband|boyfriend|partner|wife|girlfriend|father|dad|mother|mum|mom|they "
						+ "hits_me|hit_me|hitting_me|beats_me|beat_me|beating_me|beaten_me|chokes_me|choked_me|strangled_me|kicks_me|kicked_me",
						"rape|raped|rapes|raping", "threaten* kill_me|to_kill_me|kill_us"),
				CrisisKind.OTHER, List.of("kill_him|kill_her|kill_them|gonna_kill|going_to_kill|will_kill_him"));
	}

	private static Map<CrisisKind, List<String>> russian() {
		return Map.of(CrisisKind.SELF_HARM,
				List.of("суицид*", "самоубий*", "поконч* собой", "убить|убью|убила|убил себя", "не_хоч* жить",
						"хоч*|хотел* умереть|умирать|сдохнуть", "повеситься|повешусь|вешаться",
						"режу|резать|порезать|порезала|порезал|порежу себя",
						"вскрыть|вскрою|вскрыла|вскрыл|режу|порезать|порезала|порезал вены|вену",
						"навредить|навреди* себе", "причин* себе вред"),
				CrisisKind.OVERDOSE, List.of("передоз*", "наглотал* таблет*|колес*"), CrisisKind.VIOLENCE,
				List.of("бьет|бьют|бил|била|били|избил*|избьет|душит|душил|душила меня|нас", "избива*", "изнасил*",
						"угрожа* убить|убью|убьет"),
				CrisisKind.OTHER, List.of("убью его|ее|их|тебя"));
	}

	private static Map<CrisisKind, List<String>> ukrainian() {
		return Map.of(CrisisKind.SELF_HARM,
				List.of("суїцид*", "самогубств*", "поконч* собою|з_собою", "вбити|вбю|вбила|вбив|убити себе",
						"не_хоч* жити", "хоч*|хотів|хотіла|хотіли|хотілося померти|вмерти|здохнути",
						"повіситися|повішуся|вішатися", "ріжу|різати|порізати|порізала|порізав|поріжу себе",
						"нашкодити|зашкодити собі", "завда* собі шкод*"),
				CrisisKind.OVERDOSE, List.of("передоз*", "наковтал* таблет*|пігул*"), CrisisKind.VIOLENCE,
				List.of("бє|бють|бив|била|били|побив|побила|побили|душить|душив|душила мене|нас", "зґвалт*|згвалт*",
						"погрожу* вбити|вбю|вбє"),
				CrisisKind.OTHER, List.of("вбю його|її|їх|тебе"));
	}

	private static Map<CrisisKind, List<String>> polish() {
		return Map.of(CrisisKind.SELF_HARM,
				List.of("samobój*", "samobojst*", "zabić|zabije|zabiję|zabiłabym|zabiłbym się",
						"odebrać|odbiorę sobie życie", "nie_chcę|nie_chce żyć", "chcę|chce|chciał* umrzeć|umierać",
						"powiesić|powieszę się", "tnę|ciąć|pociąć|pocięłam|pociąłem się", "okalecz*", "samookalecz*",
						"skrzywdzić|skrzywdzę siebie|się", "zrobić|zrobię sobie krzywdę"),
				CrisisKind.OVERDOSE,
				List.of("przedawkow*", "nałykał*|łyknęłam|łyknąłem|połknęłam|połknąłem tabletek|tabletki|leków"),
				CrisisKind.VIOLENCE, List.of("bije|biją|bił|biła|bili|pobił|pobiła|pobili|dusi|dusił|dusiła mnie|nas",
						"zgwałc*", "grozi|groził|groziła zabi*"),
				CrisisKind.OTHER, List.of("zabiję go|ją|ich|cię"));
	}

}
