package org.peersupport.web.requests;

import org.peersupport.requests.RequestView;

/**
 * A request as the pages show it: its view from bot-core, with its category and programme
 * in the viewer's language.
 *
 * @param request the request
 * @param category the category's label
 * @param programme the programme's name
 */
record RequestRow(RequestView request, String category, String programme) {

}
