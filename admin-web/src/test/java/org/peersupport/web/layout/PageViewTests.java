package org.peersupport.web.layout;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PageViewTests {

	@Test
	void linksToNeighbouringPagesKeepTheFilters() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/audit");
		request.setQueryString("actor=anna&page=1&to=2026-03-02");

		PageView<String> view = PageView.of(new PageImpl<>(List.of("c", "d"), PageRequest.of(1, 2), 6), request);

		assertThat(view.previousUrl()).isEqualTo("/audit?actor=anna&to=2026-03-02&page=0");
		assertThat(view.nextUrl()).isEqualTo("/audit?actor=anna&to=2026-03-02&page=2");
		assertThat(view.displayNumber()).isEqualTo(2);
		assertThat(view.totalPages()).isEqualTo(3);
	}

	@Test
	void firstAndLastPagesHaveNoLinkOutward() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/staff");

		PageView<String> view = PageView.of(new PageImpl<>(List.of("a"), PageRequest.of(0, 25), 1), request);

		assertThat(view.previousUrl()).isNull();
		assertThat(view.nextUrl()).isNull();
	}

	@Test
	void pageRequestsFromUrlsStayInRange() {
		assertThat(PageView.request(-3, 1000)).isEqualTo(PageRequest.of(0, PageView.MAX_SIZE));
	}

}
