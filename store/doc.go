// Package store keeps articles, stories and their briefs in an embedded
// SQLite database (modernc.org/sqlite, pure Go).
//
// The database runs in WAL mode with synchronous=FULL: readers never block
// the writer, and an article that Add has returned for is committed and
// survives a crash of the process or of the machine. Schema migrations run
// when the database is opened. Full-text search (FTS5) covers the articles'
// headlines and bodies and the stories' briefs.
//
// All writes go through one writer goroutine that commits articles in
// groups (group commit): many concurrent Add calls share one transaction
// and one sync, and each returns once its transaction is committed. The
// writer also recognizes duplicates (the same canonical URL, or a
// near-identical body by MinHash signature) and asks a Grouper which
// story each new article joins. Another process may write to the same
// database at the same time (storybrief ingest beside serve): before each
// commit, inside the transaction that holds SQLite's write lock, the writer
// hands the grouper the articles the other process committed, so that the
// two do not split stories between them.
//
// A short use:
//
//	db, err := store.Open(ctx, "storybrief.db", store.Options{Grouper: cluster.New(cluster.Config{})})
//	if err != nil { ... }
//	defer db.Close()
//	res, err := db.Add(ctx, store.FromDocument(doc, raw, "https://example.com/a", published))
//	// res.ID, res.Story, res.Duplicate
//
// A DB is safe for concurrent use.
package store
