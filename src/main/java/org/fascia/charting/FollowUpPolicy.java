package org.fascia.charting;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.fascia.platform.Pure;

/**
 * When a session gets a follow-up, and when it is sent (issue 5, requirement 6; CARE.md after Cambron
 * 2007: soreness starts within 12 h and lasts up to 36 h). A session is followed up when it was the
 * client's first deep-tissue session, or when the client has a history of soreness that lasted too long
 * ({@code REDUCE_INTENSITY}). The question goes out 24 h after the session ended, so the answer covers the
 * first day; a job that was down sends it late, but never 48 h or more after the end, when the client can no
 * longer tell the soreness of that session apart. The link stays valid for 7 days after it was sent.
 */
@Pure
public final class FollowUpPolicy {

	/** The question goes out this long after the session ended... */
	public static final Duration SEND_AFTER = Duration.ofHours(24);

	/** ...and not at all this long after it ended. */
	public static final Duration TOO_LATE_AFTER = Duration.ofHours(48);

	/** How long the emailed link can be used. */
	public static final Duration LINK_VALID_FOR = Duration.ofDays(7);

	/** Soreness that lasted longer than this asks for less pressure next time (rule caution-prolonged-soreness). */
	public static final int USUAL_SORENESS_HOURS = 36;

	private FollowUpPolicy() {
	}

	/** Why a session is followed up; the words are in the bundle: charting.followUp.reason.*. */
	public enum Reason {

		FIRST_DEEP_TISSUE, REDUCE_INTENSITY

	}

	/**
	 * The facts of one ended session.
	 * @param deepTissue deep tissue was part of this session (logged, or the service is a deep tissue massage)
	 * @param earlierDeepTissue an earlier session of the client was deep tissue
	 * @param reduceIntensityHistory the client's soreness lasted longer than usual before (a caution
	 *        {@code REDUCE_INTENSITY} stands, or an earlier follow-up reported more than 36 h)
	 */
	public record Session(Instant end, boolean deepTissue, boolean earlierDeepTissue, boolean reduceIntensityHistory) {
	}

	/** Whether the session is followed up at all, and why (the more specific reason first). */
	public static Optional<Reason> reason(Session session) {
		if (session.reduceIntensityHistory()) {
			return Optional.of(Reason.REDUCE_INTENSITY);
		}
		if (session.deepTissue() && !session.earlierDeepTissue()) {
			return Optional.of(Reason.FIRST_DEEP_TISSUE);
		}
		return Optional.empty();
	}

	/** Whether the follow-up of a session that ended at {@code end} is to be sent at {@code now}. */
	public static boolean due(Instant end, Instant now) {
		return !now.isBefore(end.plus(SEND_AFTER)) && now.isBefore(end.plus(TOO_LATE_AFTER));
	}

	/** Whether reported soreness asks for less pressure next time. */
	public static boolean sorenessTooLong(int hours) {
		return hours > USUAL_SORENESS_HOURS;
	}

}
