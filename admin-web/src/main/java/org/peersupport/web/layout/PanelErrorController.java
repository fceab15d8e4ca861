package org.peersupport.web.layout;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The panel's error page, in the layout and the viewer's language, for every failed
 * request the servlet container forwards here. Asked for directly, {@code /error} is
 * itself a bad request (Boot's own controller answered those with a JSON
 * {@code {"status":999}} and a 500).
 */
@Controller
@RequestMapping("/error")
class PanelErrorController implements ErrorController {

	@RequestMapping
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		int status;
		if (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer forwarded) {
			status = forwarded;
		}
		else {
			BadRequests.log(request, "the error page asked for directly");
			status = HttpStatus.BAD_REQUEST.value();
		}
		response.setStatus(status);
		model.addAttribute("errorPage", ErrorPage.of(status));
		return "error";
	}

	/**
	 * What the error page says for a status.
	 *
	 * @param status the HTTP status
	 * @param titleKey message key of the heading
	 * @param textKey message key of the explanation
	 */
	record ErrorPage(int status, String titleKey, String textKey) {

		static ErrorPage of(int status) {
			return switch (status) {
				case 400 -> new ErrorPage(status, "error.bad-request.title", "error.bad-request");
				case 403 -> new ErrorPage(status, "error.forbidden.title", "error.forbidden");
				case 404 -> new ErrorPage(status, "error.not-found.title", "error.not-found");
				default -> new ErrorPage(status, "error.title", "error.other");
			};
		}

	}

}
