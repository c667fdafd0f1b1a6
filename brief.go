package storybrief

// Citation points at one sentence of one document that supports a statement.
type Citation struct {
	Doc  string `json:"doc"`  // document id (d1, d2, …)
	Line int    `json:"line"` // 1-based line in the document's input
	Span
}

// SummarySentence is one sentence of a brief's summary: verbatim text of the
// document it was taken from, and the citations of every document that says
// the same thing (the first citation is the sentence itself).
type SummarySentence struct {
	Text    string     `json:"text"`
	Sources []Citation `json:"sources"`
}

// Brief is the result of summarizing one story: its documents and a cited
// summary.
type Brief struct {
	Documents []*Document
	Summary   []SummarySentence
}

// Budget bounds the length of a summary: at most Words words (0: no bound)
// and at most Sentences sentences (0: no bound).
type Budget struct {
	Words     int
	Sentences int
}
