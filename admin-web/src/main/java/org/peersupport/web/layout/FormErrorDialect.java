package org.peersupport.web.layout;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * Ties a refused form's fields to its error on every page at once: a field, select, text
 * area or fieldset whose id the page's {@link FormError} names gets
 * {@code aria-invalid="true"} and the error's id added to its {@code aria-describedby}.
 * Runs after the standard dialect, so ids written by {@code th:id} are seen.
 */
@Component
class FormErrorDialect extends AbstractProcessorDialect {

	private static final int AFTER_STANDARD_DIALECT = 10_000;

	FormErrorDialect() {
		super("Form errors", "panel", AFTER_STANDARD_DIALECT);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new Marker(dialectPrefix, "input"), new Marker(dialectPrefix, "select"),
				new Marker(dialectPrefix, "textarea"), new Marker(dialectPrefix, "fieldset"));
	}

	private static final class Marker extends AbstractElementTagProcessor {

		Marker(String dialectPrefix, String element) {
			super(TemplateMode.HTML, dialectPrefix, element, false, null, false, 0);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
				IElementTagStructureHandler structure) {
			if (!(context.getVariable(FormError.ATTRIBUTE) instanceof FormError error)) {
				return;
			}
			String id = tag.getAttributeValue("id");
			if (id == null || !error.isAbout(id)) {
				return;
			}
			structure.setAttribute("aria-invalid", "true");
			String described = tag.getAttributeValue("aria-describedby");
			structure.setAttribute("aria-describedby",
					(described == null || described.isBlank()) ? FormError.ID : described + " " + FormError.ID);
		}

	}

}
