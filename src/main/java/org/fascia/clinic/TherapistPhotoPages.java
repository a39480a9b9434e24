package org.fascia.clinic;

import java.io.IOException;
import java.time.Duration;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner uploads or removes a therapist's photo from the therapist's page; the public team pages show it
 * (an active therapist's only). A refused file comes back to the therapist's page with the reason.
 */
@Controller
class TherapistPhotoPages {

	private final TherapistPhotos photos;

	private final Words words;

	TherapistPhotoPages(TherapistPhotos photos, Words words) {
		this.photos = photos;
		this.words = words;
	}

	@PostMapping("/admin/therapists/{id}/photo")
	String upload(@PathVariable long id, @RequestParam(name = "photo", required = false) MultipartFile photo,
			@AuthenticationPrincipal FasciaUser user, RedirectAttributes redirect) throws IOException {
		try {
			photos.store(id, photo == null ? new byte[0] : photo.getBytes(), user == null ? null : user.id());
			redirect.addFlashAttribute("message", words.text("clinic.therapist.photo.saved"));
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw problem;
			}
			redirect.addFlashAttribute("photoError", problem.errors().getOrDefault("photo", problem.getMessage()));
		}
		return "redirect:/admin/therapists/" + id + "#photo";
	}

	@PostMapping("/admin/therapists/{id}/photo/remove")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		photos.remove(id);
		redirect.addFlashAttribute("message", words.text("clinic.therapist.photo.removed"));
		return "redirect:/admin/therapists/" + id + "#photo";
	}

	@GetMapping("/therapists/{id}/photo")
	ResponseEntity<byte[]> show(@PathVariable long id) {
		TherapistPhotos.Photo photo = photos.find(id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("clinic.problem.noPhoto", String.valueOf(id))));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.content());
	}

}
