/**
 * The staff inbox and the public "Ask us" form (issue 7, requirements 1, 6 and 9). One list for the clinic's staff of
 * what needs someone: enquiries from the contact form (stored, acknowledged, replied to by email through the outbox),
 * and items other modules contribute through the port {@link org.fascia.inbox.InboxSource} (screening alerts, waitlist
 * offers, follow-ups needing attention, unsigned notes, missed questionnaires; erasure requests can plug in the same
 * way). Each source decides what a viewer may see ({@link org.fascia.inbox.InboxViewer}); "done" is recorded per item
 * (kind + source id) with who and when, only by someone who sees the item. The inbox depends on no module that
 * contributes to it, so a source in booking, charting, screening or outcomes creates no cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package org.fascia.inbox;
