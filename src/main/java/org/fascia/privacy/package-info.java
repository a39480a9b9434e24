/**
 * The client's rights over their data (issue 7, requirement 5): "Download everything" as JSON and as a FHIR R4
 * Bundle, and "Ask us to erase my data": the request, the owner's list, and the erasure in one transaction, with
 * the client told by email what was kept, why and until when, and what was deleted. Every module contributes its
 * own tables through {@link org.fascia.platform.PersonalData}; this module reads no other module's tables. The
 * staff inbox reads {@link org.fascia.privacy.ErasureRequests#openRequests()}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.fascia.privacy;
