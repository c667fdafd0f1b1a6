// Package rouge computes ROUGE scores exactly as the official ROUGE-1.5.5
// Perl script does: ROUGE-N, summary-level ROUGE-L (union LCS, clipped by
// unigram counts) and ROUGE-S/SU skip-bigrams, with recall, precision and
// F, several references combined as under -f A (matches and counts summed
// over the references before dividing, no jackknifing), the script's
// tokenization, its Porter stemmer and WordNet exception table (-m), its
// SMART stopword list (-s), and its length limits in words (-l) or bytes
// (-b), oddities included. Every figure of testdata/official-scores.json,
// printed by the script for the pairs of testdata/pairs.jsonl, is
// reproduced to its last digit.
//
// A summary is a list of lines, one sentence per line, as in the script's
// SPL input; a string holding newlines is several lines, and empty lines
// are skipped. A Scorer interns tokens and caches stems; prepare each
// reference once and score candidates against it:
//
//	sc, err := rouge.NewScorer(rouge.DefaultOptions()) // -n 2 -2 4 -u -m
//	if err != nil {
//		return err
//	}
//	ref := sc.Prepare(referenceLines)
//	res := sc.ScorePrepared(candidateLines, []*rouge.Reference{ref})
//	fmt.Println(res.N[0].F, res.N[1].F, res.L.F, res.S.F) // ROUGE-1, 2, L, SU4
//
// Scores are exact fractions of the counts; Result.Official rounds them as
// the script prints them (R and P to five decimals, F from those).
//
// How the script reads and counts, which this package follows:
//
//   - Text is lower-cased (ASCII only); every byte other than [a-z0-9] is a
//     separator, so "U.S." is two tokens and non-ASCII letters split words.
//   - With -s, tokens in the stopword list are dropped; with -m, tokens of
//     more than three letters are looked up in the WordNet exception table
//     ("said" → "say", "best" → "good") and Porter-stemmed otherwise.
//   - -l N keeps whole lines while the running count of whitespace-separated
//     fields of the raw lines stays under N; the line that reaches N keeps
//     its first fields. -b N does the same with bytes, cutting a word in two
//     if it falls there. Both apply to the references too.
//   - For ROUGE-L under -b, the script's sentence reader never adds to its
//     byte count: every line shorter than N bytes is kept and the first
//     longer line is cut at N bytes. The LCS then runs on those sentences,
//     while the unigram counts that clip it, and P's denominator, come
//     from the properly truncated text. This package does the same.
//   - Skip-bigrams run over the whole summary, not sentence by sentence; with
//     -u the last token never counts as a unigram (the script's loop stops
//     one short), and a summary of one token has no skip units at all.
package rouge
