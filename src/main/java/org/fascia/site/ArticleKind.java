package org.fascia.site;

/** An article (its own page under /articles) or an FAQ entry (a question, answered on /faq). */
public enum ArticleKind {

	ARTICLE("Article"), FAQ("FAQ entry");

	private final String label;

	ArticleKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
