package org.peersupport.web.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No staff account has the id asked for. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class StaffAccountNotFoundException extends RuntimeException {

	StaffAccountNotFoundException(String id) {
		super("No staff account " + id);
	}

}
