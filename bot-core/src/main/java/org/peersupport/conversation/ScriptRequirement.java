package org.peersupport.conversation;

import java.util.List;

import org.peersupport.scripts.Script;
import org.peersupport.scripts.ScriptProblem;

/**
 * What a feature needs of the scripts it runs itself (the check-in's first step, say),
 * beyond what the validator checks of every script: a draft with such a problem is
 * refused with it, like a validator's problem, so the panel's editor shows it.
 */
public interface ScriptRequirement {

	/**
	 * The problems of a script that passed the validator: empty when the script is not
	 * one the feature runs, or suits it.
	 */
	List<ScriptProblem> check(Script script);

}
