package org.fascia.booking;

import java.util.List;
import java.util.Optional;

import org.fascia.booking.CalendarFeeds.FeedOwner;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The private feed itself ({@code /calendar/feeds/{secret}.ics}, no sign-in), and the page where a
 * therapist creates, replaces or revokes theirs; the owner manages any therapist's feed.
 */
@Controller
class CalendarFeedController {

	private static final String VIEW = "booking/feed";

	private static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarFeeds feeds;

	private final CalendarQueries queries;

	private final String baseUrl;

	private final Words words;

	CalendarFeedController(CalendarFeeds feeds, CalendarQueries queries, @Value("${fascia.base-url}") String baseUrl,
			Words words) {
		this.words = words;
		this.feeds = feeds;
		this.queries = queries;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/calendar/feeds/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return feeds.read(token)
			.map(ics -> ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				.cacheControl(CacheControl.noStore())
				.header("X-Robots-Tag", "noindex")
				.body(ics))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping("/calendar/feed")
	String show(@RequestParam(required = false) Long therapistId, @AuthenticationPrincipal FasciaUser user,
			Model model) {
		Optional<FeedOwner> owner = owner(user, therapistId);
		model.addAttribute("owner", owner.orElse(null));
		model.addAttribute("isOwner", user.role() == Role.OWNER);
		model.addAttribute("therapists", user.role() == Role.OWNER ? queries.therapists() : List.of());
		return VIEW;
	}

	@PostMapping("/calendar/feed")
	String create(@RequestParam(required = false) Long therapistId, @AuthenticationPrincipal FasciaUser user,
			RedirectAttributes redirect) {
		Optional<FeedOwner> owner = owner(user, therapistId);
		if (owner.isEmpty()) {
			redirect.addFlashAttribute("error", words.text("booking.feed.chooseToCreate"));
			return "redirect:/calendar/feed";
		}
		String token = feeds.issue(owner.get().therapistId());
		redirect.addFlashAttribute("feedUrl", baseUrl + "/calendar/feeds/" + token + ".ics");
		return redirectTo(user, owner.get());
	}

	@PostMapping("/calendar/feed/revoke")
	String revoke(@RequestParam(required = false) Long therapistId, @AuthenticationPrincipal FasciaUser user,
			RedirectAttributes redirect) {
		Optional<FeedOwner> owner = owner(user, therapistId);
		if (owner.isEmpty()) {
			redirect.addFlashAttribute("error", words.text("booking.feed.chooseToRevoke"));
			return "redirect:/calendar/feed";
		}
		feeds.revoke(owner.get().therapistId());
		redirect.addFlashAttribute("message", words.text("booking.feed.revoked"));
		return redirectTo(user, owner.get());
	}

	/**
	 * Whose feed: a therapist's own (asking for another's is refused); for the owner the therapist
	 * asked for, else their own if they also treat clients.
	 */
	private Optional<FeedOwner> owner(FasciaUser user, Long therapistId) {
		Optional<FeedOwner> own = feeds.ofUser(user.id());
		if (user.role() != Role.OWNER) {
			if (therapistId != null && own.map(o -> o.therapistId() != therapistId).orElse(true)) {
				throw ApiProblem.forbidden(words.text("booking.problem.feedOwnOnly"));
			}
			return own;
		}
		if (therapistId == null) {
			return own;
		}
		return Optional.of(feeds.of(therapistId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("booking.problem.noTherapist", String.valueOf(therapistId)))));
	}

	private static String redirectTo(FasciaUser user, FeedOwner owner) {
		return user.role() == Role.OWNER ? "redirect:/calendar/feed?therapistId=" + owner.therapistId()
				: "redirect:/calendar/feed";
	}

}
