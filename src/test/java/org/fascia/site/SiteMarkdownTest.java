package org.fascia.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The clinic's Markdown becomes HTML with headings, lists, links, images and tables, and nothing that runs. */
class SiteMarkdownTest {

	private final SiteMarkdown markdown = new SiteMarkdown("https://clinic.example", () -> "Table");

	@Test
	void keepsWhatAnArticleNeeds() {
		String html = markdown.html("""
				# Title in the text
				## Section

				Some **bold** and *italic* text, `code` and a [booking link](/book).

				- one
				- two

				1. first

				> A quote

				| Day | Time |
				| --- | ---: |
				| Mon | 09:00 |

				![A stretch](https://img.example/stretch.jpg "Knee to chest")

				See https://www.nice.org.uk/guidance/ng59 for the guidance.
				""");
		Document doc = Jsoup.parseBodyFragment(html);
		assertThat(doc.select("h2").eachText()).contains("Title in the text");
		assertThat(doc.select("h3").eachText()).contains("Section");
		assertThat(doc.select("h1")).isEmpty();
		assertThat(doc.select("strong").text()).isEqualTo("bold");
		assertThat(doc.select("em").text()).isEqualTo("italic");
		assertThat(doc.select("ul li")).hasSize(2);
		assertThat(doc.select("ol li")).hasSize(1);
		assertThat(doc.select("blockquote").text()).isEqualTo("A quote");
		assertThat(doc.select("div.table-scroll[tabindex=0][role=region][aria-label=Table] table td").eachText()).containsExactly("Mon", "09:00");
		assertThat(doc.select("img").attr("src")).isEqualTo("https://img.example/stretch.jpg");
		assertThat(doc.select("img").attr("alt")).isEqualTo("A stretch");
		assertThat(doc.select("a[href=/book]").attr("rel")).as("a link on the site itself").isEmpty();
		assertThat(doc.select("a[href=https://www.nice.org.uk/guidance/ng59]").attr("rel"))
			.as("an autolinked address elsewhere").isEqualTo("nofollow noopener");
	}

	@Test
	void linksToTheSiteByAbsoluteAddressAreNotNofollow() {
		Document doc = Jsoup.parseBodyFragment(markdown.html("[Book](https://clinic.example/book) [Else](http://else.example/)"));
		assertThat(doc.select("a[href=https://clinic.example/book]").attr("rel")).isEmpty();
		assertThat(doc.select("a[href=http://else.example/]").attr("rel")).isEqualTo("nofollow noopener");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">click</a>", "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))",
			"[click](java\tscript:alert(1))", "[click](&#106;avascript:alert(1))", "![x](javascript:alert(1))",
			"![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "[x](data:text/html,<script>alert(1)</script>)",
			"<iframe src=\"https://evil.example\"></iframe>", "<style>body{display:none}</style>",
			"<div style=\"background:url(javascript:alert(1))\">x</div>", "<svg onload=alert(1)>",
			"<form action=\"https://evil.example\"><input name=p></form>", "<object data=\"x.swf\"></object>",
			"<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>", "[x](vbscript:msgbox(1))",
			"<details open ontoggle=alert(1)>", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"`<script>alert(1)</script>`", "    <script>alert(1)</script>", "<<script>script>alert(1)<</script>/script>",
			"[x](https://ok.example \"title\" onmouseover=\"alert(1)\")", "<base href=\"https://evil.example/\">",
			"<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "<p title=\"</p><script>alert(1)</script>\">" })
	void nothingThatRunsSurvives(String attack) {
		String html = markdown.html("Before\n\n" + attack + "\n\nAfter");
		Document doc = Jsoup.parseBodyFragment(html);
		assertThat(doc.select("script, style, iframe, object, embed, form, input, svg, math, base, meta, link")).as(html).isEmpty();
		doc.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
			assertThat(attribute.getKey()).as(html).doesNotStartWith("on").isNotEqualTo("style");
			assertThat(attribute.getValue().toLowerCase().replaceAll("\\s", "")).as(html)
				.doesNotContain("javascript:").doesNotContain("vbscript:").doesNotStartWith("data:");
		}));
		assertThat(doc.text()).contains("Before").contains("After");
	}

	@Test
	void rawHtmlIsShownAsTextNotDropped() {
		Document doc = Jsoup.parseBodyFragment(markdown.html("Use <b>this</b> <script>alert(1)</script>"));
		assertThat(doc.select("b, script")).isEmpty();
		assertThat(doc.text()).contains("<b>this</b>").contains("<script>alert(1)</script>");
	}

	@Test
	void emptyTextIsEmpty() {
		assertThat(markdown.html(null)).isEmpty();
		assertThat(markdown.html("  \n")).isEmpty();
	}

}
