package org.fascia.site;

/**
 * What the owner writes: every field as typed (the form's and the demo's input). Checked by
 * {@link Articles#create} and {@link Articles#update}. A null kind or status is an error.
 */
public record ArticleDraft(String title, String slug, String summary, String bodyMarkdown, ArticleKind kind,
		ArticleStatus status, Integer sortOrder) {

	public static ArticleDraft published(ArticleKind kind, String slug, String title, String summary, String body,
			int sortOrder) {
		return new ArticleDraft(title, slug, summary, body, kind, ArticleStatus.PUBLISHED, sortOrder);
	}

}
