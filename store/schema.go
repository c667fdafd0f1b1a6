package store

// migrations are applied in order, each in its own transaction; the
// database's PRAGMA user_version counts those applied. Append only: never
// edit a migration that has shipped.
var migrations = []string{
	// 1: articles, stories, briefs, feeds, and their full-text indexes.
	`
CREATE TABLE stories (
	id        INTEGER PRIMARY KEY,
	title     TEXT    NOT NULL DEFAULT '',
	articles  INTEGER NOT NULL DEFAULT 0,
	first     INTEGER NOT NULL,            -- earliest published time, unix ms
	last      INTEGER NOT NULL,            -- latest published time, unix ms
	created   INTEGER NOT NULL,            -- when the story was started, unix ms
	updated   INTEGER NOT NULL,            -- when an article last joined, unix ms
	version   INTEGER NOT NULL DEFAULT 0   -- bumped each time an article joins
);
CREATE INDEX stories_last ON stories(last DESC, id DESC);
CREATE INDEX stories_size ON stories(articles DESC, last DESC, id DESC);

CREATE TABLE articles (
	id          INTEGER PRIMARY KEY,
	story_id    INTEGER NOT NULL REFERENCES stories(id),
	url         TEXT UNIQUE,               -- canonical URL; NULL when none
	source      TEXT    NOT NULL,          -- what the article is shown as
	title       TEXT    NOT NULL DEFAULT '',
	published   INTEGER NOT NULL,          -- unix ms
	ingested    INTEGER NOT NULL,          -- unix ms
	format      TEXT    NOT NULL,          -- text or html
	raw         BLOB    NOT NULL,          -- the bytes as received, compressed
	raw_size    INTEGER NOT NULL,
	text        TEXT    NOT NULL,          -- extracted text; spans index into it
	paragraphs  TEXT    NOT NULL,          -- JSON [[start,end,kind],...] into text
	sig         BLOB    NOT NULL,          -- MinHash signature of the body (cluster.Signature)
	words       INTEGER NOT NULL
);
CREATE INDEX articles_story ON articles(story_id, published, id);
CREATE INDEX articles_published ON articles(published);

-- One row per band of each article's signature, to find near duplicates.
CREATE TABLE article_bands (
	key         INTEGER NOT NULL,
	article_id  INTEGER NOT NULL REFERENCES articles(id)
);
CREATE INDEX article_bands_key ON article_bands(key);

-- Contentless: the text lives in articles; rowid = articles.id.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');

CREATE TABLE briefs (
	story_id  INTEGER PRIMARY KEY REFERENCES stories(id),
	version   INTEGER NOT NULL,            -- the story version it was made from
	json      BLOB    NOT NULL,            -- the brief JSON, as the API serves it
	docs      TEXT    NOT NULL,            -- JSON {"d1": article id, ...}
	computed  INTEGER NOT NULL             -- unix ms
);
CREATE VIRTUAL TABLE briefs_fts USING fts5(title, summary, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');

CREATE TABLE feeds (
	id             INTEGER PRIMARY KEY,
	url            TEXT    NOT NULL UNIQUE,
	etag           TEXT    NOT NULL DEFAULT '',
	last_modified  TEXT    NOT NULL DEFAULT '',
	checked        INTEGER NOT NULL DEFAULT 0,   -- unix ms of the last poll
	error          TEXT    NOT NULL DEFAULT ''
);
`,
}
