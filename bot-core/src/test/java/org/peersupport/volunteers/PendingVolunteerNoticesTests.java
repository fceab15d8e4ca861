package org.peersupport.volunteers;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

class PendingVolunteerNoticesTests {

	private final VolunteerService service = mock(VolunteerService.class);

	private final ApplicationListener<ApplicationReadyEvent> listener = new VolunteersConfiguration()
		.pendingVolunteerNotices(this.service);

	@Test
	void theServiceBeingReadyQueuesPendingNotices() {
		this.listener.onApplicationEvent(mock(ApplicationReadyEvent.class));

		then(this.service).should().resendPendingNotices();
	}

	@Test
	void aStoreThatIsDownAtStartDoesNotStopTheService() {
		willThrow(new DataAccessResourceFailureException("down")).given(this.service).resendPendingNotices();

		this.listener.onApplicationEvent(mock(ApplicationReadyEvent.class));

		then(this.service).should().resendPendingNotices();
	}

}
