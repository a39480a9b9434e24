package org.fascia.charting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.intake.IntakeResponses;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.screening.Caution;
import org.fascia.screening.ScreeningRecords;
import org.fascia.screening.StoredScreening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The follow-up after a session (issue 5, requirement 6). A scheduled job finds the sessions that ended 24 to
 * 48 hours ago and need one ({@link FollowUpPolicy}), and for each writes the follow-up row and its email to
 * the outbox in one transaction: the row is unique per appointment, so restarts and several nodes send it
 * exactly once, and the outbox retries the mail. The client answers through a single-use link without a
 * password; the answer is stored as a FOLLOW_UP intake response, which screens the client again: soreness
 * beyond 36 h gives the next session the {@code REDUCE_INTENSITY} caution, new red-flag answers change the
 * decision (and an emergency or urgent one alerts the clinic, as every screening does).
 */
@Service
public class FollowUps {

	private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

	/** The outside-questionnaire answer the screening rule caution-prolonged-soreness reads. */
	static final String SORENESS_CODE = "soreness_hours_last_session";

	private final FollowUpStore store;

	private final FollowUpMails mails;

	private final IntakeResponses responses;

	private final ScreeningRecords screenings;

	private final AuditLog audit;

	private final PainMaps painMaps;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final org.fascia.clients.CommunicationPreferences preferences;

	private final Words words;

	FollowUps(FollowUpStore store, FollowUpMails mails, IntakeResponses responses, ScreeningRecords screenings,
			AuditLog audit, PainMaps painMaps, PlatformTransactionManager transactions, Clock clock,
			org.fascia.clients.CommunicationPreferences preferences, Words words) {
		this.preferences = preferences;
		this.painMaps = painMaps;
		this.store = store;
		this.mails = mails;
		this.responses = responses;
		this.screenings = screenings;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.words = words;
	}

	/** Sends the follow-ups that are due; returns how many this run sent. */
	@Scheduled(fixedDelayString = "${fascia.charting.follow-up-poll:5m}", initialDelayString = "${fascia.charting.follow-up-poll:5m}")
	public int sendDue() {
		Instant now = clock.instant();
		List<FollowUpStore.Candidate> candidates = store.candidates(now.minus(FollowUpPolicy.TOO_LATE_AFTER),
				now.minus(FollowUpPolicy.SEND_AFTER));
		int sent = 0;
		for (FollowUpStore.Candidate candidate : candidates) {
			try {
				Boolean done = transaction.execute(tx -> send(candidate, now));
				sent += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				// one bad row must not stop the others; the next run tries it again while it is in the window
				log.warn("Follow-up for appointment {} not sent: {}", candidate.appointmentId(), ex.toString());
			}
		}
		return sent;
	}

	private boolean send(FollowUpStore.Candidate candidate, Instant now) {
		if (!FollowUpPolicy.due(candidate.end(), now)) {
			return false;
		}
		// branch client-accounts: the client turned the after-session check-in off.
		if (!preferences.followUps(candidate.clientId())) {
			return false;
		}
		boolean reduceIntensity = candidate.sorenessBefore() || screenings.current(candidate.clientId())
			.map(StoredScreening::result)
			.map(r -> r.cautions().stream().map(Caution::code).anyMatch("REDUCE_INTENSITY"::equals))
			.orElse(false);
		Optional<FollowUpPolicy.Reason> reason = FollowUpPolicy.reason(new FollowUpPolicy.Session(candidate.end(),
				candidate.deepTissue(), candidate.earlierDeepTissue(), reduceIntensity));
		if (reason.isEmpty()) {
			return false;
		}
		String token = newToken();
		if (!store.insert(candidate.appointmentId(), candidate.clientId(), reason.get(), digest(token), now)) {
			return false;
		}
		mails.ask(candidate, reason.get(), token);
		audit.record("FOLLOW_UP_SENT", "appointment", candidate.appointmentId(), AuditOutcome.SUCCESS,
				"client " + candidate.clientId() + ": " + reason.get().name());
		return true;
	}

	/** The follow-up a link opens, while it can still be answered (not answered, not expired). */
	@Transactional(readOnly = true)
	public Optional<FollowUp> open(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return store.byTokenHash(digest(token)).filter(f -> !f.answered() && clock.instant().isBefore(f.expiresAt()));
	}

	/**
	 * What the client answers. {@code changedAnswers} are the screening answers they changed, if any;
	 * {@code painRegions} where it hurts now, marked on the body map (optional: empty for none).
	 */
	public record Answer(FollowUp.Relief relief, int sorenessHours, boolean newSymptoms,
			Map<String, Object> changedAnswers, List<String> painRegions) {

		public Answer {
			painRegions = painRegions == null ? List.of() : List.copyOf(painRegions);
		}

		public Answer(FollowUp.Relief relief, int sorenessHours, boolean newSymptoms, Map<String, Object> changedAnswers) {
			this(relief, sorenessHours, newSymptoms, changedAnswers, List.of());
		}

	}

	/**
	 * Stores the client's answer and screens them again, all in one transaction.
	 * @throws ApiProblem 410 when the link was used or has expired, 400 naming each screening answer (or
	 *         {@code regions} of the pain map) that is not valid (nothing is stored then)
	 */
	@Transactional
	public FollowUp answer(String token, Answer answer) {
		FollowUp followUp = open(token).orElseThrow(() -> {
			audit.record("FOLLOW_UP_LINK_REFUSED", "session_follow_up", null, AuditOutcome.DENIED, "used, expired or unknown");
			return gone();
		});
		if (answer.sorenessHours() < 0 || answer.sorenessHours() > 720) {
			throw ApiProblem.badRequest("sorenessHours", words.text("charting.problem.followUp.soreness"));
		}
		if (!answer.painRegions().isEmpty()) {
			painMaps.save(followUp.clientId(), answer.painRegions(), null);
		}
		long responseId = responses.recordFollowUp(followUp.clientId(), followUp.appointmentId(),
				answer.newSymptoms() ? answer.changedAnswers() : Map.of(), Map.of(SORENESS_CODE, answer.sorenessHours()),
				IntakeResponses.Source.CLIENT, null);
		if (!store.answer(followUp.id(), answer.relief(), answer.sorenessHours(), answer.newSymptoms(), responseId,
				clock.instant())) {
			throw gone();
		}
		audit.record("FOLLOW_UP_ANSWERED", "appointment", followUp.appointmentId(), AuditOutcome.SUCCESS,
				"client " + followUp.clientId() + ": relief " + answer.relief() + ", soreness " + answer.sorenessHours()
						+ " h" + (answer.newSymptoms() ? ", something new" : ""));
		return store.forClient(followUp.clientId()).stream().filter(f -> f.id() == followUp.id()).findFirst().orElseThrow();
	}

	/** The client's follow-ups, newest first, for staff; audited as a read of clinical data. */
	@Transactional(readOnly = true)
	public List<FollowUp> forClient(long clientId) {
		audit.record("FOLLOW_UP_READ", "client", clientId, AuditOutcome.SUCCESS, null);
		return store.forClient(clientId);
	}

	/** What a to-do list shows of a follow-up that needs a look. */
	public record NeedsAttention(FollowUp followUp, String clientName, String therapistName, Instant sessionStart) {
	}

	/**
	 * Follow-ups of the last 14 days that need a look (worse, soreness beyond 36 h, something new about health):
	 * a therapist's own sessions, or everyone's for the owner ({@code therapistUserId} null); audited.
	 */
	@Transactional(readOnly = true)
	public List<NeedsAttention> needingAttention(Long therapistUserId) {
		List<NeedsAttention> list = store.needingAttention(clock.instant().minus(java.time.Duration.ofDays(14)),
				therapistUserId)
			.stream()
			.map(a -> new NeedsAttention(a.followUp(), a.clientName(), a.therapistName(), a.sessionStart()))
			.toList();
		audit.record("FOLLOW_UP_READ", "user", therapistUserId, AuditOutcome.SUCCESS,
				list.size() + " follow-up(s) needing attention");
		return list;
	}

	/** The newest answered follow-up of the client, for the top of the next session. */
	@Transactional(readOnly = true)
	public Optional<FollowUp> latestAnswered(long clientId) {
		return forClient(clientId).stream().filter(FollowUp::answered).findFirst();
	}

	private ApiProblem gone() {
		return ApiProblem.gone(words.text("charting.problem.followUp.gone"));
	}

	static String newToken() {
		return org.fascia.platform.Secrets.newSecret("");
	}

	static String digest(String token) {
		return org.fascia.platform.Secrets.digest(token);
	}

}
