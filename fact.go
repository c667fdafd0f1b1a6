package storybrief

// FactStatus says how a fact stands across the documents of a story.
type FactStatus string

// The statuses of a fact.
const (
	Corroborated FactStatus = "corroborated" // stated by two or more independent documents
	Single       FactStatus = "single"       // stated by one document only
	Disputed     FactStatus = "disputed"     // asserted by some sources, denied by others, or given other figures
)

// Stance says which side of a disputed claim a sentence takes.
type Stance string

// The stances of a sentence towards a disputed claim.
const (
	Asserts Stance = "asserts" // states the claim, or reports it
	Denies  Stance = "denies"  // denies it, or gives another figure
)

// Basis says what sets the sides of a disputed fact against each other. A
// source that states the opposite of a claim in its own words, without
// answering it as a claim ("not acting normally" against "acting oddly"),
// sets no dispute off: measured by hand, such contradictions most often
// word one fact two ways.
type Basis string

// The bases of a dispute.
const (
	// Rebuttal: a source answers the claim as a report or a claim and
	// denies it ("denied allegations that …", "refuting a report",
	// "contrary to Zarif's claim").
	Rebuttal Basis = "rebuttal"
	// Figures: the sources give different figures for one quantity (a
	// rise against a fall is none: in the labelled sets such pairs told two
	// things, or one forecast against its outcome).
	Figures Basis = "figures"
)

// Support is one sentence that states a fact: where it is, and to whom the
// sentence attributes what it says. Speaker is empty when the document says
// it in its own voice; a claim that a sentence attributes (to an official,
// a newspaper, a report) keeps its speaker and is not the document's own
// statement.
type Support struct {
	Citation
	Speaker string `json:"speaker,omitempty"`
	// Related marks a sentence of a corroborated fact that shares the fact
	// with its group but does not restate the fact's shown sentence (Text):
	// its document reports something related, and is not cited for Text.
	Related bool `json:"related,omitempty"`
}

// Side is one side of a disputed fact: the sentences that assert the claim,
// or those that deny it or give another figure, with who says so. Sources
// holds first the sentence that set the dispute off, then the others in
// document order.
type Side struct {
	Stance   Stance    `json:"stance"`
	Sources  []Support `json:"sources"`
	Speakers []string  `json:"speakers,omitempty"` // distinct speakers of the side's sentences, in order; the documents' own voice is not named
}

// Fact is one event or claim as the documents of a story state it.
//
// Text is a representative sentence, verbatim (white space collapsed), and
// Rep its citation. Sources holds every sentence that states the fact, in
// document order; several sentences of one document that repeat it count
// once in Outlets, the number of independent documents that state it. A
// disputed fact has two Sides, the claim (Asserts) and what denies it or
// gives another figure (Denies); their sentences are also in Sources.
type Fact struct {
	Text    string     `json:"text"`
	Status  FactStatus `json:"status"`
	Rep     Support    `json:"rep"`
	Outlets int        `json:"outlets"`
	Sources []Support  `json:"sources"`
	Sides   []Side     `json:"sides,omitempty"`
	Basis   Basis      `json:"basis,omitempty"` // for a disputed fact: what sets its sides against each other
}

// Docs returns the ids of the documents that state f, in order of first
// appearance in f.Sources.
func (f *Fact) Docs() []string {
	var out []string
	for _, s := range f.Sources {
		seen := false
		for _, d := range out {
			if d == s.Doc {
				seen = true
				break
			}
		}
		if !seen {
			out = append(out, s.Doc)
		}
	}
	return out
}

// Side returns the side of a disputed fact with stance st, or nil.
func (f *Fact) Side(st Stance) *Side {
	for i := range f.Sides {
		if f.Sides[i].Stance == st {
			return &f.Sides[i]
		}
	}
	return nil
}
