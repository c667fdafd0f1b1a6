// Package facts groups the sentences of a story's documents into facts and
// says how each stands: corroborated by several documents, reported by a
// single one, or disputed, asserted by some and denied by others (or given
// other figures).
//
// Two sentences of different documents state the same fact when their
// concepts agree: words are stemmed and folded with their synonyms
// (coordinate, coordination, cooperation and collaborate are one concept;
// talks, discussions and contacts another), names and figures weigh in,
// and a concept in the scope of a negation or a denial ("will not
// coordinate", "denies ever having discussed") stands against the same
// concept asserted. Sentences that agree form a fact; a sentence a
// document repeats counts once. Sentences that deny what others assert,
// or that give another figure for the same quantity, form a disputed fact
// with two sides, each with its sources and speakers. Reported speech
// keeps its speaker: a claim attributed to a newspaper or an official is
// that speaker's, not the document's.
//
// A short use:
//
//	var f facts.Finder
//	for _, fact := range f.Find(docs) {
//		fmt.Println(fact.Status, fact.Outlets, fact.Text)
//	}
//
// Index answers, for a sentence, the status of the facts it states, so that
// a summary can prefer corroborated sentences and leave a disputed claim
// out or show it as disputed.
package facts
