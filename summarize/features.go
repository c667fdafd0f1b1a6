package summarize

import (
	"fmt"
	"math"
	"strings"
	"unicode"
)

// FeatureNames names the columns that Features returns, in order. A model
// file records them, so that a model is only ever applied to the features
// it was trained on.
var FeatureNames = []string{
	"pos_0", "pos_1", "pos_2", "pos_3", "pos_4", "pos_5_7", "pos_8_up",
	"inv_pos", "rel_pos", "doc_first", "doc_rel", "docs_log", "doc_sents_log",
	"len_lt8", "len_8_15", "len_15_25", "len_25_40", "len_40_up", "words",
	"centroid", "support", "support_max", "support_n", "lexrank",
	"bg_idf_mean", "bg_idf_sum", "cluster_prob", "doc_spread", "content_ratio",
	"digits", "quote", "dangling", "noise", "question",
	"lead_sim", "support_x_inv_pos", "centroid_x_inv_pos",
	"prior_mean", "prior_max", "prior_sum", "importance",
	"doc_centrality", "doc_share", "doc_eligible",
	"lex_mean", "lex_min", "lex_max", "lex_first", "first_person", "unterminated",
	"lex_linear", "lex_oracle", "lex_story",
	"quote_attrib", "quote_open", "quote_close", "quote_inside",
	"quote_rank", "quote_doc", "quote_story", "quote_echo",
}

// Features returns one row of FeatureNames values per sentence of c, all
// zero for a sentence that is not eligible for a summary. bg
// gives background document frequencies (nil: none) and lex the lexical
// table (nil: the lexical features are zero).
func Features(c *Cluster, bg *Background, lex *Lexical) [][]float64 {
	n := len(c.Sents)
	rows := make([][]float64, n)
	if n == 0 {
		return rows
	}
	flat := make([]float64, n*len(FeatureNames))
	cent := c.Centroid()
	lexRank := LexRank{}.Scores(c)
	// Term counts over the cluster, for SumBasic-style probabilities.
	count := make([]float64, len(c.Vocab))
	total := 0.0
	for _, s := range c.Sents {
		for _, t := range s.Terms {
			count[t]++
			total++
		}
	}
	ndocs := float64(len(c.Docs))
	// Background values of each term, looked up once per cluster.
	termIDF, termPrior := make([]float64, len(c.Vocab)), make([]float64, len(c.Vocab))
	looked := make([]bool, len(c.Vocab))
	docCent, docShare, docElig := c.docStats(cent)
	qs := c.quoteStats()
	var tk *tokenizer
	var hashes []uint32
	if lex != nil {
		tk = getTokenizer()
		defer putTokenizer(tk)
	}
	for i := range c.Sents {
		s := &c.Sents[i]
		row := flat[i*len(FeatureNames) : (i+1)*len(FeatureNames)]
		rows[i] = row
		if !s.Eligible {
			continue // never scored: its row stays zero
		}
		set := func(name featureIndex, v float64) { row[name] = v }
		switch p := s.Pos; {
		case p <= 4:
			set(fPos0+featureIndex(p), 1)
		case p <= 7:
			set(fPos5to7, 1)
		default:
			set(fPos8up, 1)
		}
		invPos := 1 / (1 + float64(s.Pos))
		set(fInvPos, invPos)
		set(fRelPos, float64(s.Pos)/float64(max(s.Of, 1)))
		if s.Doc == 0 {
			set(fDocFirst, 1)
		}
		set(fDocRel, float64(s.Doc)/ndocs)
		set(fDocsLog, math.Log(ndocs))
		set(fDocSentsLog, math.Log(1+float64(s.Of)))
		switch w := s.Words; {
		case w < 8:
			set(fLenLt8, 1)
		case w < 15:
			set(fLen8to15, 1)
		case w < 25:
			set(fLen15to25, 1)
		case w < 40:
			set(fLen25to40, 1)
		default:
			set(fLen40up, 1)
		}
		set(fWords, float64(s.Words)/30)
		centroid := Cosine(s.Vec, cent)
		set(fCentroid, centroid)
		sup, supMax, supN := c.support(i)
		set(fSupport, sup)
		set(fSupportMax, supMax)
		set(fSupportN, supN)
		set(fLexRank, lexRank[i]*float64(n))
		if len(s.Terms) > 0 {
			var idfSum, prob, spread float64
			for _, t := range s.Terms {
				if !looked[t] {
					looked[t] = true
					termIDF[t], termPrior[t] = bg.IDF(c.Vocab[t]), bg.Prior(c.Vocab[t])
				}
				idfSum += termIDF[t]
				prob += count[t] / total
				spread += float64(c.DocDF[t]) / ndocs
			}
			k := float64(len(s.Terms))
			set(fBgIDFMean, idfSum/k/10)
			set(fBgIDFSum, idfSum/100)
			set(fClusterProb, prob/k*100)
			set(fDocSpread, spread/k)
			var pSum, pMax, imp float64
			for _, t := range s.Terms {
				p := termPrior[t]
				pSum += p
				pMax = math.Max(pMax, p)
				imp += p * math.Log(1+count[t])
			}
			set(fPriorMean, pSum/k)
			set(fPriorMax, pMax)
			set(fPriorSum, pSum/10)
			set(fImportance, imp/k)
		}
		set(fContentRatio, float64(len(s.Terms))/float64(max(s.Words, 1)))
		if strings.ContainsAny(s.Text, "0123456789") {
			set(fDigits, 1)
		}
		if qs.quoted[i] {
			set(fQuote, 1)
		}
		if s.dangles {
			set(fDangling, 1)
		}
		if s.noise {
			set(fNoise, 1)
		}
		if strings.HasSuffix(s.Text, "?") {
			set(fQuestion, 1)
		}
		if firstPerson(s.Text) {
			set(fFirstPerson, 1)
		}
		if unterminated(s.Text) {
			set(fUnterminated, 1)
		}
		if qs.quoted[i] {
			qs.features(c, i, row)
		}
		if first := c.ByDoc[s.Doc]; len(first) > 0 && first[0] != i {
			set(fLeadSim, c.Sim(i, first[0]))
		} else {
			set(fLeadSim, 1)
		}
		set(fSupportXInvPos, sup*invPos)
		set(fCentroidXInvPos, centroid*invPos)
		set(fDocCentrality, docCent[s.Doc])
		set(fDocShare, docShare[s.Doc])
		set(fDocEligible, docElig[s.Doc])
		if lex != nil {
			mean, lo, hi, first := lex.features(tk, s.Text)
			set(fLexMean, mean)
			set(fLexMin, lo)
			set(fLexMax, hi)
			set(fLexFirst, first)
			if lex.Linear != nil {
				// One pass over the words serves both word models, which
				// share their hash space (Model.Check).
				hashes = appendLexHashes(hashes[:0], tk, s.Text, lex.Linear.Bits)
				set(fLexLinear, lex.Linear.predictHashes(hashes))
				set(fLexOracle, lex.Oracle.predictHashes(hashes))
			}
			set(fLexStory, lex.Story.PredictInStory(c, i))
		}
	}
	return rows
}

type featureIndex int

// Indexes into a feature row, in FeatureNames order.
const (
	fPos0 featureIndex = iota
	_
	_
	_
	_
	fPos5to7
	fPos8up
	fInvPos
	fRelPos
	fDocFirst
	fDocRel
	fDocsLog
	fDocSentsLog
	fLenLt8
	fLen8to15
	fLen15to25
	fLen25to40
	fLen40up
	fWords
	fCentroid
	fSupport
	fSupportMax
	fSupportN
	fLexRank
	fBgIDFMean
	fBgIDFSum
	fClusterProb
	fDocSpread
	fContentRatio
	fDigits
	fQuote
	fDangling
	fNoise
	fQuestion
	fLeadSim
	fSupportXInvPos
	fCentroidXInvPos
	fPriorMean
	fPriorMax
	fPriorSum
	fImportance
	fDocCentrality
	fDocShare
	fDocEligible
	fLexMean
	fLexMin
	fLexMax
	fLexFirst
	fFirstPerson
	fUnterminated
	fLexLinear
	fLexOracle
	fLexStory
	fQuoteAttrib
	fQuoteOpen
	fQuoteClose
	fQuoteInside
	fQuoteRank
	fQuoteDoc
	fQuoteStory
	fQuoteEcho
	numFeatures
)

// featureGroups gathers the features by the signal they carry, for
// ablations ("storybrief train --drop GROUP").
var featureGroups = []struct {
	name  string
	names []string
}{
	{"position", []string{"pos_0", "pos_1", "pos_2", "pos_3", "pos_4", "pos_5_7", "pos_8_up", "inv_pos", "rel_pos", "doc_first", "doc_rel", "lead_sim", "support_x_inv_pos", "centroid_x_inv_pos"}},
	{"length", []string{"len_lt8", "len_8_15", "len_15_25", "len_25_40", "len_40_up", "words", "content_ratio"}},
	{"centrality", []string{"centroid", "lexrank", "cluster_prob", "centroid_x_inv_pos"}},
	{"support", []string{"support", "support_max", "support_n", "doc_spread", "support_x_inv_pos"}},
	{"background", []string{"bg_idf_mean", "bg_idf_sum", "prior_mean", "prior_max", "prior_sum", "importance"}},
	{"surface", []string{"digits", "quote", "dangling", "noise", "question", "first_person", "unterminated"}},
	{"document", []string{"doc_centrality", "doc_share", "doc_eligible"}},
	{"lexical", []string{"lex_mean", "lex_min", "lex_max", "lex_first"}},
	{"hashed", []string{"lex_linear", "lex_oracle", "lex_story"}},
	{"quotes", []string{"quote_attrib", "quote_open", "quote_close", "quote_inside", "quote_rank", "quote_doc", "quote_story", "quote_echo"}},
}

// FeatureGroupNames returns the names of the feature groups.
func FeatureGroupNames() []string {
	out := make([]string, len(featureGroups))
	for i, g := range featureGroups {
		out[i] = g.name
	}
	return out
}

// FeatureGroup returns the columns of the named group.
func FeatureGroup(name string) ([]int, error) {
	for _, g := range featureGroups {
		if g.name != name {
			continue
		}
		var cols []int
		for _, n := range g.names {
			for k, f := range FeatureNames {
				if f == n {
					cols = append(cols, k)
				}
			}
		}
		return cols, nil
	}
	return nil, fmt.Errorf("unknown feature group %q (known: %s)", name, strings.Join(FeatureGroupNames(), ", "))
}

// support says how strongly the other documents repeat sentence i: the
// mean and the highest, over the other documents, of the best similarity to
// one of their sentences, and the share of them where it reaches 0.3.
func (c *Cluster) support(i int) (mean, best, share float64) {
	others := len(c.Docs) - 1
	if others <= 0 {
		return 0, 0, 0
	}
	own := c.Sents[i].Doc
	for di := range c.Docs {
		if di == own {
			continue
		}
		b := 0.0
		for _, j := range c.ByDoc[di] {
			b = math.Max(b, c.Sim(i, j))
		}
		mean += b
		best = math.Max(best, b)
		if b >= 0.3 {
			share++
		}
	}
	return mean / float64(others), best, share / float64(others)
}

// docStats returns per document: the cosine of its vector with the
// cluster centroid, its share of the cluster's words, and the share of its
// sentences eligible for a summary.
func (c *Cluster) docStats(cent []Weight) (centrality, share, eligible []float64) {
	nd := len(c.Docs)
	centrality, share, eligible = make([]float64, nd), make([]float64, nd), make([]float64, nd)
	total := 0
	for _, s := range c.Sents {
		total += s.Words
	}
	for d, idx := range c.ByDoc {
		if len(idx) == 0 {
			continue
		}
		var terms []int32
		words, elig := 0, 0
		for _, i := range idx {
			terms = append(terms, c.Sents[i].Terms...)
			words += c.Sents[i].Words
			if c.Sents[i].Eligible {
				elig++
			}
		}
		centrality[d] = Cosine(c.vector(terms), cent)
		share[d] = float64(words) / float64(max(total, 1))
		eligible[d] = float64(elig) / float64(len(idx))
	}
	return centrality, share, eligible
}

// unterminated reports whether text stops without a sentence's closing
// punctuation: a fragment, most often the end of a document cut short.
func unterminated(text string) bool {
	text = strings.TrimRight(text, " \"'”’)]»")
	if text == "" {
		return true
	}
	switch text[len(text)-1] {
	case '.', '!', '?', ':', ';':
		return false
	}
	return !strings.HasSuffix(text, "…")
}

// firstPersonWords are the pronouns of a writer speaking for themselves.
var firstPersonWords = map[string]bool{
	"i": true, "me": true, "my": true, "mine": true, "myself": true, "we": true, "us": true, "our": true,
	"i'm": true, "i've": true, "i'd": true, "i'll": true, "we're": true, "we've": true,
}

// firstPerson reports whether text uses the first person outside quotation
// marks: the voice of a columnist, a blogger or a commenter, not of a
// report. Inside quotation marks it is a source speaking, which news
// reports all the time.
func firstPerson(text string) bool {
	quoted := false
	start := -1
	check := func(end int) bool {
		if start < 0 {
			return false
		}
		w := text[start:end]
		start = -1
		if quoted || len(w) > len("myself") {
			return false
		}
		return firstPersonWords[strings.ToLower(strings.ReplaceAll(w, "’", "'"))]
	}
	for i, r := range text {
		switch {
		case r == '"' || r == '“' || r == '”':
			if check(i) {
				return true
			}
			switch r {
			case '“':
				quoted = true
			case '”':
				quoted = false
			default:
				quoted = !quoted
			}
		case r == '\'' || r == '’' || unicode.IsLetter(r):
			if start < 0 && r != '\'' && r != '’' {
				start = i
			}
		default:
			if check(i) {
				return true
			}
		}
	}
	return check(len(text))
}

// quoteMarks are the double quotation marks, straight and curly.
const quoteMarks = "\"“”"

// hasQuoteMark reports whether text carries a double quotation mark.
func hasQuoteMark(text string) bool { return strings.ContainsAny(text, quoteMarks) }

// attributionVerbs are the words that report speech ("…," she said).
var attributionVerbs = []string{" said", " says", " told", " wrote", " writes", " tweeted", " added", " explained"}

// quoteStats holds what the quote features of a cluster share: which
// eligible sentences quote someone, and how many do in each document and
// in the whole story. A summary writer keeps one or two of a story's
// quotes, word for word; which ones depends on how the quote stands among
// the others (the first of its article, one that other outlets repeat).
type quoteStats struct {
	quoted []bool // sentence → eligible and carries a quotation mark
	list   []int  // the quoting sentences, in order
	perDoc []int  // document → its quoting sentences
	rank   []int  // quoting sentence → quoting sentences before it in its document
	mark   []int32
	stamp  int32
}

func (c *Cluster) quoteStats() *quoteStats {
	q := &quoteStats{quoted: make([]bool, len(c.Sents)), perDoc: make([]int, len(c.Docs)), rank: make([]int, len(c.Sents))}
	for i, s := range c.Sents {
		if s.Eligible && hasQuoteMark(s.Text) {
			q.quoted[i] = true
			q.list = append(q.list, i)
			q.rank[i] = q.perDoc[s.Doc] // a document's sentences come in order
			q.perDoc[s.Doc]++
		}
	}
	return q
}

// features sets the quote features of quoting sentence i in row.
func (q *quoteStats) features(c *Cluster, i int, row []float64) {
	s := &c.Sents[i]
	lower := strings.ToLower(s.Text)
	for _, v := range attributionVerbs {
		if strings.Contains(lower, v) {
			row[fQuoteAttrib] = 1
			break
		}
	}
	t := strings.TrimSpace(s.Text)
	if strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“") {
		row[fQuoteOpen] = 1
	}
	if t = strings.TrimRight(t, " )"); strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "”") {
		row[fQuoteClose] = 1
	}
	// Share of the words inside quotation marks, or carrying one.
	in, total := 0, 0
	inside := false
	for w := range strings.FieldsSeq(s.Text) {
		total++
		marks := 0
		for _, r := range w {
			if strings.ContainsRune(quoteMarks, r) {
				marks++
			}
		}
		if inside || marks > 0 {
			in++
		}
		if marks%2 == 1 {
			inside = !inside
		}
	}
	row[fQuoteInside] = float64(in) / float64(max(total, 1))
	row[fQuoteRank] = float64(q.rank[i])
	row[fQuoteDoc] = float64(q.perDoc[s.Doc])
	row[fQuoteStory] = float64(len(q.list))
	// Echo: the largest share of its pairs of content words that one
	// quoting sentence of another document repeats.
	ids, df := c.pairs()
	own := ids[i]
	if len(own) == 0 {
		return
	}
	if q.mark == nil {
		q.mark = make([]int32, len(df))
	}
	q.stamp++
	for _, p := range own {
		q.mark[p] = q.stamp
	}
	best := 0
	for _, j := range q.list {
		if c.Sents[j].Doc == s.Doc {
			continue
		}
		shared := 0
		for _, p := range ids[j] {
			if q.mark[p] == q.stamp {
				shared++
			}
		}
		best = max(best, shared)
	}
	row[fQuoteEcho] = float64(best) / float64(len(own))
}
