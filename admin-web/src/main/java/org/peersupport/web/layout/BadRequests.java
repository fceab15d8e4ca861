package org.peersupport.web.layout;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one place where a request the panel cannot read becomes a 400: parameters that do
 * not convert or bind (a number that is no number, a name shaped like a map such as
 * {@code region[$ne]}), missing parameters, and {@link BadRequestException}. The answer
 * is the layout's error page (through the servlet container's error dispatch, so it has
 * the menu and the viewer's language); the log gets one line naming the route and the
 * exception's class, never a value from the request.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BadRequests {

	private static final Logger log = LoggerFactory.getLogger(BadRequests.class);

	@ExceptionHandler({ TypeMismatchException.class, InvalidPropertyException.class, BindException.class,
			ServletRequestBindingException.class, BadRequestException.class })
	void badRequest(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (ex instanceof ConversionNotSupportedException) {
			throw ex; // no converter at all: the panel's fault, not the request's
		}
		log(request, ex.getClass().getSimpleName());
		log.debug("Bad request", ex);
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	/**
	 * Logs a bad request in one line: method, the route's pattern (not the path, which
	 * may carry ids) and why.
	 */
	static void log(HttpServletRequest request, String reason) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		log.warn("Bad request {} {}: {}", request.getMethod(), (pattern != null) ? pattern : "(no route)", reason);
	}

}
