package org.fascia.site;

/** The editor's fields as typed; kind, status and position arrive as text and are read leniently. */
public class ArticleForm {

	private String title = "";

	private String slug = "";

	private String summary = "";

	private String bodyMarkdown = "";

	private String kind = ArticleKind.ARTICLE.name();

	private String status = ArticleStatus.DRAFT.name();

	private String sortOrder = "0";

	static ArticleForm of(Article article) {
		ArticleForm form = new ArticleForm();
		form.title = article.title();
		form.slug = article.slug();
		form.summary = article.summary();
		form.bodyMarkdown = article.bodyMarkdown();
		form.kind = article.kind().name();
		form.status = article.status().name();
		form.sortOrder = Integer.toString(article.sortOrder());
		return form;
	}

	/** The draft to save; an unknown kind or status is null (an error), an unreadable position is -1 (an error). */
	ArticleDraft draft() {
		Integer position;
		try {
			position = sortOrder == null || sortOrder.isBlank() ? 0 : Integer.valueOf(sortOrder.strip());
		}
		catch (NumberFormatException ex) {
			position = -1;
		}
		return new ArticleDraft(title, slug == null ? null : slug.strip(), summary, bodyMarkdown, parse(ArticleKind.class, kind),
				parse(ArticleStatus.class, status), position);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value == null ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBodyMarkdown() {
		return bodyMarkdown;
	}

	public void setBodyMarkdown(String bodyMarkdown) {
		this.bodyMarkdown = bodyMarkdown;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(String sortOrder) {
		this.sortOrder = sortOrder;
	}

}
