// Package storybrief holds the domain of the storybrief engine: documents read
// from noisy news pages, their paragraphs and sentences with provenance, and
// the brief built from them (summary sentences with citations).
//
// The stages of the pipeline live in their own packages and import this one:
//
//	ingest     read files, directories, stdin, JSON Lines and Multi-News input
//	extract    page → article body (HTML through go-trafilatura, plain-text scrapes)
//	segment    sentences and tokens with byte offsets
//	summarize  multi-document extractive summarization with citations
//	rouge      ROUGE as ROUGE-1.5.5 computes it
//	pipeline   the stages put together: inputs in, a Brief out
//
// Every span is a pair of byte offsets into Document.Text, plus a 1-based line
// number for people; strings are copied only at the output edge.
package storybrief
