package rouge

import (
	_ "embed"
	"strings"
)

// smartCommonWords is data/smart_common_words.txt of the ROUGE-1.5.5
// distribution, unchanged: the SMART stopword list with some news words
// (reuters, ap, month and day names) and Penn Treebank pieces (ca, n't,
// 'll) that ROUGE's -s removes. Lines holding characters other than
// [a-z0-9] can never match a token; they are kept as the script has them.
//
//go:embed smart_common_words.txt
var smartCommonWords string

// stopwordSet returns the stopword list as a set, built afresh for each
// Scorer so that nothing package-level is ever written.
func stopwordSet() map[string]struct{} {
	set := make(map[string]struct{}, 600)
	for _, w := range strings.Split(smartCommonWords, "\n") {
		if w != "" {
			set[w] = struct{}{}
		}
	}
	return set
}
