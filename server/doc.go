// Package server is storybrief's HTTP service: a JSON API over a store of
// articles grouped into stories, and server-rendered pages of the stories
// and their briefs.
//
// The API:
//
//	GET  /api/stories          a page of stories (q=, sort=newest|largest|relevance, limit=, offset=)
//	GET  /api/stories/{id}     the story's brief, the same JSON as "storybrief brief --format json"
//	GET  /api/articles/{id}    one article: its metadata, text and paragraphs
//	POST /api/articles         add an article (JSON, or raw text or HTML with url= and published=)
//	GET  /healthz              liveness and counts
//	GET  /metrics              Prometheus metrics
//
// The pages: / (the stories, with search), /stories/{id} (the brief, its
// facts, quotes and entities when the brief has them, and its sources with
// the cited sentences), /articles/{id} (the article with the sentences a
// story's brief cites highlighted). Templates and the style sheet are
// embedded in the binary; article text is untrusted and always escaped, and
// a Content-Security-Policy forbids scripts altogether.
//
// Errors are JSON objects {"error": "..."} with a fitting status. Request
// bodies are limited in size and each client's requests in rate.
//
// Briefs are made in the background: each article that joins a story marks
// it, and a worker recomputes marked stories' briefs (after a short quiet
// spell, so that a burst of articles costs one brief) and stores them, where
// the API serves them from. A story whose brief was never made gets it made
// on its first request.
//
// A short use:
//
//	srv, err := server.New(server.Config{Store: db, Engine: eng, Logger: log})
//	go srv.Run(ctx) // the background briefs
//	http.ListenAndServe("localhost:8080", srv)
package server
