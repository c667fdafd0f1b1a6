// Package quote finds who said what in a document: direct quotes (curly,
// straight or mis-encoded marks; whole sentences, partial quotes inside the
// author's sentence, quotes that run on across paragraphs), block quotes,
// quoted posts (tweeted, posted, wrote on Twitter) and reported speech with
// a verb of saying ("Psaki said that …", "told The Huffington Post he
// hoped …", "…, officials said", "according to …").
//
// Each quote is attributed by the nearest cue: a verb of saying after the
// quote ("…," said Kerry; "…," Power said), before it (Psaki said, "…"), or
// elsewhere in its sentence (Maloney argued, Iran hopes "…"). The speaker
// next to the cue may be a name (with its title or role: "White House
// press secretary Josh Earnest"), a name set off by an appositive ("Oubai
// Shahbandar, a spokesman for …, told"), a pronoun (he, she: resolved to
// the person the text last made its subject, by gender where the given
// name or title tells it), a phrase that refers back ("the former mayor")
// or a description ("a spokesman for Kerry", "officials"). A quote without
// a cue of its own takes the speaker of the last attribution in its
// paragraph, or of the paragraph before when it continues it. Speakers are
// resolved to the story's entities (package entity) where the document
// names them. Reader comments are never read.
//
// A short use:
//
//	ents := entity.Resolve(docs)
//	for _, d := range docs {
//		for _, q := range quote.Find(d, ents) {
//			fmt.Println(q.Speaker, q.Kind, q.In(d.Text))
//		}
//	}
//
// Find keeps no state between calls and is safe for concurrent use.
package quote
