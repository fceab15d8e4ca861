package org.peersupport.web.layout;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list as the shared paging fragment shows it: the items and links to the
 * neighbouring pages that keep the list's filters.
 *
 * @param <T> item type
 * @param items the items on this page
 * @param number zero-based page number
 * @param totalPages how many pages there are
 * @param totalElements how many items there are
 * @param previousUrl link to the previous page, or {@code null} on the first
 * @param nextUrl link to the next page, or {@code null} on the last
 */
public record PageView<T>(List<T> items, int number, int totalPages, long totalElements, String previousUrl,
		String nextUrl) {

	/** Largest page size a list may ask for. */
	public static final int MAX_SIZE = 100;

	/** A page request from a page number typed into a URL, kept in range. */
	public static Pageable request(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
	}

	/** The view of {@code page}, with links that keep the request's other parameters. */
	public static <T> PageView<T> of(Page<T> page, HttpServletRequest request) {
		String previous = page.hasPrevious() ? link(request, page.getNumber() - 1) : null;
		String next = page.hasNext() ? link(request, page.getNumber() + 1) : null;
		return new PageView<>(page.getContent(), page.getNumber(), Math.max(page.getTotalPages(), 1),
				page.getTotalElements(), previous, next);
	}

	/** One-based page number for display. */
	public int displayNumber() {
		return this.number + 1;
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	private static String link(HttpServletRequest request, int pageNumber) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", pageNumber)
			.build(true)
			.toUriString();
	}

}
