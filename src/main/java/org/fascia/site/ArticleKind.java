package org.fascia.site;

/**
 * An article (its own page under /articles) or an FAQ entry (a question, answered on /faq). Named on the owner's pages
 * by the bundle ({@code site.admin.kind.*}).
 */
public enum ArticleKind {

	ARTICLE, FAQ

}
