package org.fascia.site;

import java.time.Instant;

/**
 * An article or FAQ entry as stored: the slug is its address, the summary its meta description (and the
 * feed's summary), the body Markdown. {@code publishedAt} is set when it is first published.
 */
public record Article(long id, String slug, String title, String summary, String bodyMarkdown, ArticleKind kind,
		ArticleStatus status, int sortOrder, Instant publishedAt, Instant createdAt, Instant updatedAt, Long authorId) {

	public boolean published() {
		return status == ArticleStatus.PUBLISHED;
	}

	public String path() {
		return kind == ArticleKind.FAQ ? "/faq#" + slug : "/articles/" + slug;
	}

}
