package org.fascia.inbox;

import java.util.List;

import org.springframework.stereotype.Component;

/** Enquiries from the "Ask us" form, for the owner and the front desk (not clinical, but not a therapist's task). */
@Component
class EnquirySource implements InboxSource {

	static final String KIND = "enquiry";

	private final Enquiries enquiries;

	EnquirySource(Enquiries enquiries) {
		this.enquiries = enquiries;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String label() {
		return "Enquiries";
	}

	@Override
	public boolean shownTo(InboxViewer viewer) {
		return viewer.desk();
	}

	@Override
	public List<InboxItem> items(InboxViewer viewer) {
		if (!viewer.desk()) {
			return List.of();
		}
		return enquiries.listed().stream().map(listed -> {
			Enquiry e = listed.enquiry();
			String start = e.message().length() <= 140 ? e.message() : e.message().substring(0, 140).strip() + "…";
			String replies = listed.replies() == 0 ? "Not answered yet." : "Answered " + (listed.replies() == 1 ? "once." : listed.replies() + " times.");
			return new InboxItem(KIND, Long.toString(e.id()), e.createdAt(), "Enquiry from " + e.name(),
					"“" + start + "” " + replies, "/inbox/enquiries/" + e.id(), false);
		}).toList();
	}

}
