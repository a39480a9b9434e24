package org.fascia.site;

/** A draft is seen only by the owner; a published article is public, in the sitemap and the feed. */
public enum ArticleStatus {

	DRAFT, PUBLISHED

}
