package rouge

import "strings"

// Sentence is one line of a summary analyzed by a Scorer: the ids of its
// tokens, after stopword removal and stemming, and what the length limits
// need to cut it as the script does. A Sentence belongs to the Scorer that
// made it; its zero value is an empty line.
type Sentence struct {
	owner  *Scorer
	line   string  // the raw line, for -b cuts inside a word
	tok    []int32 // ids of the kept tokens, in order
	field  []int32 // per kept token: its whitespace field, for -l
	end    []int32 // per kept token: its end offset in line, for -b
	fields int     // the fields of line as Perl's split(/\s+/) counts them
}

// Len returns the number of tokens of the sentence that ROUGE counts.
func (s *Sentence) Len() int { return len(s.tok) }

// isSpace is Perl's \s on a byte string: ASCII whitespace only.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// isAlnum is the script's [A-Za-z0-9]: every other byte, UTF-8 included,
// becomes a space, and "-" becomes a token of its own that the
// /^[a-z0-9\$]/ test then drops, so tokens are the runs of these bytes.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// lines calls fn for each line of the texts as the script reads an SPL
// file: a text holding newlines is several lines, and empty lines are
// skipped (a line of spaces is kept, as chomp leaves it).
func lines(texts []string, fn func(line string)) {
	for _, t := range texts {
		for {
			i := strings.IndexByte(t, '\n')
			if i < 0 {
				break
			}
			if i > 0 {
				fn(t[:i])
			}
			t = t[i+1:]
		}
		if t != "" {
			fn(t)
		}
	}
}

// analyzeLine fills dst with the tokens of line.
func (s *Scorer) analyzeLine(line string, dst *Sentence) {
	dst.owner, dst.line = s, line
	dst.tok, dst.field, dst.end = dst.tok[:0], dst.field[:0], dst.end[:0]
	runs, last := 0, -1 // whitespace runs so far; field of the last non-space byte
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case isSpace(c):
			for i < len(line) && isSpace(line[i]) {
				i++
			}
			runs++
		case isAlnum(c):
			j := i + 1
			for j < len(line) && isAlnum(line[j]) {
				j++
			}
			if id := s.tokenID(line[i:j]); id >= 0 {
				dst.tok = append(dst.tok, id)
				if s.opts.LimitWords > 0 {
					dst.field = append(dst.field, int32(runs))
				}
				if s.opts.LimitBytes > 0 {
					dst.end = append(dst.end, int32(j))
				}
			}
			last, i = runs, j
		default:
			last = runs
			i++
		}
	}
	// A leading run of spaces makes an empty first field; trailing ones
	// make none (split drops trailing empty fields).
	dst.fields = last + 1
}

// tokenID returns the id of raw token w (a run of [A-Za-z0-9]) after
// lower-casing, stopword removal and stemming, or -1 for a stopword.
func (s *Scorer) tokenID(w string) int32 {
	if id, ok := s.cache[w]; ok {
		return id
	}
	key := strings.Clone(w)
	lw := strings.ToLower(key) // ASCII only here, as tr/A-Z/a-z/
	id := int32(-1)
	if _, stop := s.stop[lw]; !stop {
		if s.opts.Stem && len(lw) > 3 {
			lw = s.morphStem(lw)
		}
		id = s.intern(lw)
	}
	s.cache[key] = id
	return id
}

// morphStem is the script's MorphStem: the WordNet exception table first,
// the Porter stemmer otherwise.
func (s *Scorer) morphStem(w string) string {
	if base, ok := s.exceptions[w]; ok {
		return base
	}
	return porter(w)
}

// intern returns the id of a final token form.
func (s *Scorer) intern(w string) int32 {
	if id, ok := s.ids[w]; ok {
		return id
	}
	id := int32(len(s.ids))
	s.ids[w] = id
	return id
}

// Analyze splits texts into lines (a text holding newlines is several
// lines, and empty lines are skipped, as in ROUGE's one-sentence-per-line
// input) and analyzes each. The result is for ScoreSentences with this
// Scorer only.
func (s *Scorer) Analyze(texts []string) []Sentence {
	var out []Sentence
	lines(texts, func(line string) {
		out = append(out, Sentence{})
		s.analyzeLine(line, &out[len(out)-1])
	})
	return out
}

// analyzeScratch is Analyze into the Scorer's reused buffers.
func (s *Scorer) analyzeScratch(texts []string) []Sentence {
	n := 0
	lines(texts, func(line string) {
		if n == len(s.sents) {
			s.sents = append(s.sents, Sentence{})
		}
		s.analyzeLine(line, &s.sents[n])
		n++
	})
	return s.sents[:n]
}
