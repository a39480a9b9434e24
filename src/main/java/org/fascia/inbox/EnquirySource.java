package org.fascia.inbox;

import java.util.List;

import org.fascia.platform.Words;
import org.springframework.stereotype.Component;

/** Enquiries from the "Ask us" form, for the owner and the front desk (not clinical, but not a therapist's task). */
@Component
class EnquirySource implements InboxSource {

	static final String KIND = "enquiry";

	private final Enquiries enquiries;

	private final Words words;

	EnquirySource(Enquiries enquiries, Words words) {
		this.enquiries = enquiries;
		this.words = words;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public String label() {
		return words.text("inbox.item.enquiry.label");
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
			String replies = switch (listed.replies()) {
				case 0 -> words.text("inbox.item.enquiry.notAnswered");
				case 1 -> words.text("inbox.item.enquiry.answeredOnce");
				default -> words.text("inbox.item.enquiry.answeredTimes", String.valueOf(listed.replies()));
			};
			return new InboxItem(KIND, Long.toString(e.id()), e.createdAt(), words.text("inbox.item.enquiry.title", e.name()),
					words.text("inbox.item.enquiry.summary", start, replies), "/inbox/enquiries/" + e.id(), false);
		}).toList();
	}

}
