package org.fascia.inbox;

import java.util.List;

/**
 * The port through which a module contributes items to the staff inbox. Implement it as a Spring bean in the module
 * that owns the data: the inbox finds every implementation. A source returns only what the viewer may see (the owner
 * everything it holds, a therapist their own clients' items, the front desk nothing clinical), and audits its own
 * reads of clinical data.
 */
public interface InboxSource {

	/** A stable key for the kind of item, e.g. {@code enquiry}, at most 40 characters; used in URLs and the done table. */
	String kind();

	/** The kind in words for the filter, e.g. "Enquiries": from the message bundle, in the request's language. */
	String label();

	/** Whether the viewer can ever have items of this kind (the filter leaves the others out). */
	boolean shownTo(InboxViewer viewer);

	/** The items the viewer may see, in any order (done ones included: the inbox knows which are done). */
	List<InboxItem> items(InboxViewer viewer);

}
