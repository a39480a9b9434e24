package org.fascia.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's articles and FAQ entries: the public reads the published ones, the owner writes and publishes.
 * A slug is 1 to 80 lowercase letters, digits and single hyphens, not starting or ending with one, and
 * unique across articles and FAQ entries (a taken slug is a 409 naming the field {@code slug}).
 */
@Service
public class Articles {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	static final int MAX_BODY = 40000;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	Articles(JdbcClient jdbc, AuditLog audit, Clock clock, Words words) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.words = words;
	}

	/** Published entries of a kind: articles newest first, FAQ entries in their order. */
	public List<Article> published(ArticleKind kind) {
		return jdbc.sql("select * from site_article where kind = :kind and status = 'PUBLISHED' order by "
				+ (kind == ArticleKind.FAQ ? "sort_order, id" : "published_at desc, id desc"))
			.param("kind", kind.name())
			.query(Articles::map)
			.list();
	}

	/** Everything, for the owner: articles first, then FAQ entries; drafts among them. */
	List<Article> all() {
		return jdbc.sql("select * from site_article order by kind, sort_order, updated_at desc, id desc")
			.query(Articles::map)
			.list();
	}

	Optional<Article> find(long id) {
		return jdbc.sql("select * from site_article where id = :id").param("id", id).query(Articles::map).optional();
	}

	Optional<Article> findBySlug(String slug) {
		return jdbc.sql("select * from site_article where slug = :slug").param("slug", slug).query(Articles::map).optional();
	}

	/** @throws ApiProblem 400 naming every invalid field, 409 on {@code slug} when it is taken */
	@Transactional
	public Article create(ArticleDraft draft, Long authorId) {
		check(draft, null);
		Instant now = clock.instant();
		KeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into site_article (slug, title, summary, body_markdown, kind, status, sort_order, published_at,
					                          created_at, updated_at, author_id)
					values (:slug, :title, :summary, :body, :kind, :status, :sort, :published, :now, :now, :author)
					""")
				.param("slug", draft.slug().strip())
				.param("title", draft.title().strip())
				.param("summary", draft.summary().strip())
				.param("body", draft.bodyMarkdown())
				.param("kind", draft.kind().name())
				.param("status", draft.status().name())
				.param("sort", draft.sortOrder() == null ? 0 : draft.sortOrder())
				.param("published", draft.status() == ArticleStatus.PUBLISHED ? Db.utc(now) : null)
				.param("now", Db.utc(now))
				.param("author", authorId)
				.update(keys, "id");
		}
		catch (DuplicateKeyException ex) {
			throw slugTaken();
		}
		long id = keys.getKey().longValue();
		audit.record("SITE_ARTICLE_CREATED", "site_article", id, AuditOutcome.SUCCESS,
				draft.kind() + " " + draft.status() + " /" + draft.slug().strip());
		return find(id).orElseThrow();
	}

	/** @throws ApiProblem 404 for an unknown article, 400 naming every invalid field, 409 on a taken slug */
	@Transactional
	public Article update(long id, ArticleDraft draft) {
		Article old = jdbc.sql("select * from site_article where id = :id for update").param("id", id)
			.query(Articles::map).optional().orElseThrow(() -> notFound(id));
		check(draft, id);
		Instant now = clock.instant();
		Instant published = old.publishedAt() == null && draft.status() == ArticleStatus.PUBLISHED ? now
				: old.publishedAt();
		try {
			jdbc.sql("""
					update site_article set slug = :slug, title = :title, summary = :summary, body_markdown = :body,
					       kind = :kind, status = :status, sort_order = :sort, published_at = :published, updated_at = :now
					where id = :id
					""")
				.param("slug", draft.slug().strip())
				.param("title", draft.title().strip())
				.param("summary", draft.summary().strip())
				.param("body", draft.bodyMarkdown())
				.param("kind", draft.kind().name())
				.param("status", draft.status().name())
				.param("sort", draft.sortOrder() == null ? old.sortOrder() : draft.sortOrder())
				.param("published", published == null ? null : Db.utc(published))
				.param("now", Db.utc(now))
				.param("id", id)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw slugTaken();
		}
		audit.record("SITE_ARTICLE_CHANGED", "site_article", id, AuditOutcome.SUCCESS,
				draft.kind() + " " + draft.status() + " /" + draft.slug().strip());
		return find(id).orElseThrow();
	}

	/** Every problem with the draft, field by field, then whether its slug is free. */
	private void check(ArticleDraft draft, Long id) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (blank(draft.title())) {
			problems.put("title", words.text("site.article.problem.title"));
		}
		else if (draft.title().strip().length() > 200) {
			problems.put("title", words.text("site.article.problem.titleTooLong"));
		}
		if (blank(draft.slug())) {
			problems.put("slug", words.text("site.article.problem.slug"));
		}
		else if (draft.slug().strip().length() > 80 || !SLUG.matcher(draft.slug().strip()).matches()) {
			problems.put("slug", words.text("site.article.problem.slugInvalid"));
		}
		if (blank(draft.summary())) {
			problems.put("summary", words.text("site.article.problem.summary"));
		}
		else if (draft.summary().strip().length() > 300) {
			problems.put("summary", words.text("site.article.problem.summaryTooLong",
					String.valueOf(draft.summary().strip().length())));
		}
		if (blank(draft.bodyMarkdown())) {
			problems.put("bodyMarkdown", words.text("site.article.problem.body"));
		}
		else if (draft.bodyMarkdown().length() > MAX_BODY) {
			problems.put("bodyMarkdown", words.text("site.article.problem.bodyTooLong",
					String.valueOf(draft.bodyMarkdown().length()), String.valueOf(MAX_BODY)));
		}
		if (draft.kind() == null) {
			problems.put("kind", words.text("site.article.problem.kind"));
		}
		if (draft.status() == null) {
			problems.put("status", words.text("site.article.problem.status"));
		}
		if (draft.sortOrder() != null && (draft.sortOrder() < 0 || draft.sortOrder() > 9999)) {
			problems.put("sortOrder", words.text("site.article.problem.sortOrder"));
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		boolean taken = jdbc.sql("select count(*) from site_article where slug = :slug and id <> :id")
			.param("slug", draft.slug().strip())
			.param("id", id == null ? -1L : id)
			.query(Integer.class)
			.single() > 0;
		if (taken) {
			throw slugTaken();
		}
	}

	private ApiProblem slugTaken() {
		return ApiProblem.conflict(words.text("site.article.problem.slugTaken")).with("field", "slug");
	}

	ApiProblem notFound(long id) {
		return ApiProblem.notFound(words.text("site.article.problem.notFound", String.valueOf(id)));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static Article map(ResultSet rs, int row) throws SQLException {
		return new Article(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
				rs.getString("body_markdown"), ArticleKind.valueOf(rs.getString("kind")),
				ArticleStatus.valueOf(rs.getString("status")), rs.getInt("sort_order"), Db.instant(rs, "published_at"),
				Db.instant(rs, "created_at"), Db.instant(rs, "updated_at"), rs.getObject("author_id", Long.class));
	}

}
