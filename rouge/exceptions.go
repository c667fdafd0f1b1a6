package rouge

import (
	_ "embed"
	"strings"
)

// wordnetExceptions is the table of ROUGE-1.5.5's data/WordNet-2.0.exc.db
// as its buildExeptionDB.pl makes it from the WordNet exception lists
// (adj.exc, adv.exc, noun.exc, verb.exc; each line "inflected base ...",
// the first base kept, a later line for the same word replacing an earlier
// one), reduced to the entries the script can ever look up: words of
// [a-z0-9] longer than three letters. One "word base" pair a line.
//
// The lists are WordNet 3.0's (Debian's wordnet-base 1:3.0-37); the
// script's file came from WordNet 2.0's, which differ in a handful of
// entries. The script reads the lists in directory order, so where two
// lists disagree the last read wins: the official figures show adj.exc
// read after adv.exc ("best" and "better" give "good", not "well"), and
// verb.exc after noun.exc is assumed for "testes", the one other clash.
//
// WordNet 3.0 Copyright 2006 by Princeton University. All rights
// reserved. Its license, which comes with the data, is in
// WORDNET_LICENSE.txt beside this file.
//
//go:embed wordnet_exceptions.txt
var wordnetExceptions string

// exceptionTable returns the WordNet exception table MorphStem consults
// before the Porter stemmer, built afresh for each Scorer.
func exceptionTable() map[string]string {
	m := make(map[string]string, 6000)
	for _, line := range strings.Split(wordnetExceptions, "\n") {
		if w, base, ok := strings.Cut(line, " "); ok {
			m[w] = base
		}
	}
	return m
}
