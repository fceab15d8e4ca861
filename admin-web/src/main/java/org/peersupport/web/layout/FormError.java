package org.peersupport.web.layout;

import java.io.Serializable;
import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Why a form was refused, tied to the fields it is about: the shared fragment
 * {@code fragments/form :: error} shows the sentence, and every field named here is
 * marked {@code aria-invalid} and described by it ({@link FormErrorDialect}); the
 * layout's script moves the focus to the first of them.
 *
 * @param fields ids of the fields (or fieldsets) the error is about, first to fix first
 * @param key message key of the sentence
 * @param arguments values for the sentence's placeholders (escaped when shown)
 */
public record FormError(List<String> fields, String key, List<String> arguments) implements Serializable {

	/** The model attribute the fragment and the dialect read. */
	public static final String ATTRIBUTE = "formError";

	/** The id of the sentence, which the fields' {@code aria-describedby} names. */
	public static final String ID = "form-error";

	public FormError {
		fields = List.copyOf(fields);
		arguments = List.copyOf(arguments);
	}

	/** An error about one field. */
	public static FormError on(String field, String key, String... arguments) {
		return new FormError(List.of(field), key, List.of(arguments));
	}

	/** An error about the form as a whole (no field to fix). */
	public static FormError onForm(String key) {
		return new FormError(List.of(), key, List.of());
	}

	/** Whether the field with this id is one the error is about. */
	public boolean isAbout(String fieldId) {
		return this.fields.contains(fieldId);
	}

	/** Puts the error in the model of the page shown now. */
	public void show(Model model) {
		model.addAttribute(ATTRIBUTE, this);
	}

	/** Keeps the error for the page a redirect leads to. */
	public void showAfterRedirect(RedirectAttributes redirect) {
		redirect.addFlashAttribute(ATTRIBUTE, this);
	}

	/** The arguments as an array, for {@code #messages.msgWithParams}. */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
