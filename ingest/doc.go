// Package ingest reads the inputs of storybrief: files, directories (read
// recursively in name order), standard input ("-"), JSON Lines story files
// ({"id","documents":[...],"summaries":[...]} per line, optionally gzipped,
// with an optional "titles" or "doc_titles" array of the documents' headlines)
// and raw Multi-News text (documents separated by "|||||", one story per line).
//
// A Reader groups inputs into stories and yields them one at a time, as
// bufio.Scanner does, so that a JSON Lines file of any size is read in bounded
// memory:
//
//	r := ingest.NewReader(paths, os.Stdin)
//	for r.Scan() {
//		story := r.Story()
//		// story.Docs[i].Data holds the raw bytes of one document
//	}
//	if err := r.Err(); err != nil { /* a fatal error */ }
//	problems := r.Problems() // inputs that were skipped, each with its reason
//
// Loose files and standard input form one story together. Each JSON Lines
// line, and each line of a Multi-News raw file, is a story of its own.
// A problem with one input (missing, empty, binary, too large) is recorded in
// Problems and never stops the others.
package ingest
