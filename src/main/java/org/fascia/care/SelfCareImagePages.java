package org.fascia.care;

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
 * Uploading and removing a self-care item's picture (owner and therapists, from the item's page), and
 * serving it to anyone signed in: clients see it in their program. A refused file comes back to the
 * item's page with the reason.
 */
@Controller
class SelfCareImagePages {

	private final SelfCareImages images;

	private final Words words;

	SelfCareImagePages(SelfCareImages images, Words words) {
		this.images = images;
		this.words = words;
	}

	@PostMapping("/admin/self-care/{id}/image")
	String upload(@PathVariable long id, @RequestParam(name = "image", required = false) MultipartFile image,
			@AuthenticationPrincipal FasciaUser user, RedirectAttributes redirect) throws IOException {
		try {
			images.store(id, image == null ? new byte[0] : image.getBytes(), user.id());
			redirect.addFlashAttribute("message", words.text("care.item.picture.saved"));
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw problem;
			}
			redirect.addFlashAttribute("imageError", problem.errors().getOrDefault("image", problem.getMessage()));
		}
		return "redirect:/admin/self-care/" + id;
	}

	@PostMapping("/admin/self-care/{id}/image/remove")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		images.remove(id);
		redirect.addFlashAttribute("message", words.text("care.item.picture.removed"));
		return "redirect:/admin/self-care/" + id;
	}

	@GetMapping("/self-care/images/{id}")
	ResponseEntity<byte[]> show(@PathVariable long id) {
		SelfCareImages.Image image = images.find(id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("care.problem.noPicture", String.valueOf(id))));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(image.content());
	}

}
