// Package feed polls RSS and Atom feeds and hands their new articles to a
// Sink (the server, which cleans, stores and groups them).
//
// Fetching is polite: every request has a timeout and a size limit, feeds
// are asked with conditional GET (If-None-Match, If-Modified-Since) so that
// an unchanged feed costs a 304, requests to one host are spaced by a
// minimum interval, and articles already stored (by URL) are not fetched
// again. Feeds are parsed by github.com/mmcdole/gofeed (RSS 0.9–2.0, Atom,
// JSON Feed). An item whose feed carries the full text is taken from the
// feed; otherwise its page is fetched.
//
// A short use:
//
//	p := &feed.Poller{Store: db, Sink: sink, Fetcher: &feed.Fetcher{}, Every: 15 * time.Minute}
//	go p.Run(ctx)
package feed
