package rouge

import (
	"errors"
	"fmt"
)

// Options selects what a Scorer computes, with the meaning of the
// ROUGE-1.5.5 command-line option named on each field. The zero Options
// computes ROUGE-L only, with no stemming and alpha 0 (F equal to R); start
// from DefaultOptions for the usual set.
type Options struct {
	// N computes ROUGE-1 to ROUGE-N (-n N); 0 computes none.
	N int
	// Skip computes skip-bigram co-occurrence, ROUGE-S (-2 given).
	Skip bool
	// SkipDistance is the most words allowed between the two words of a
	// skip-bigram (-2 N); negative means no limit (ROUGE-S*).
	SkipDistance int
	// SkipUnigrams counts unigrams as well as skip-bigrams, ROUGE-SU (-u).
	SkipUnigrams bool
	// NoLCS leaves ROUGE-L out (-x).
	NoLCS bool
	// Stem applies the Porter stemmer to tokens longer than three letters
	// (-m), after the WordNet exception table, as the script does.
	Stem bool
	// Stopwords removes the SMART stopwords before counting (-s).
	Stopwords bool
	// LimitWords keeps only the first LimitWords words of every summary,
	// candidate and references alike (-l N), counting words as the
	// whitespace-separated fields of the raw lines; 0 means no limit.
	LimitWords int
	// LimitBytes keeps only the first LimitBytes bytes of every summary
	// (-b N); 0 means no limit. At most one of the two limits may be set.
	LimitBytes int
	// Alpha weighs precision against recall in F (-p), 0 <= Alpha <= 1:
	// F = P*R / ((1-Alpha)*P + Alpha*R); 0.5 is the harmonic mean.
	Alpha float64
}

// DefaultOptions returns the options used in most of the summarization
// literature, "-n 2 -2 4 -u -m -p 0.5": ROUGE-1, ROUGE-2, ROUGE-L and
// ROUGE-SU4 with Porter stemming and no stopword removal.
func DefaultOptions() Options {
	return Options{N: 2, Skip: true, SkipDistance: 4, SkipUnigrams: true, Stem: true, Alpha: 0.5}
}

// ErrOptions is wrapped by the errors of Options.Validate.
var ErrOptions = errors.New("invalid ROUGE options")

// Validate reports options the script refuses, as an error wrapping
// ErrOptions.
func (o Options) Validate() error {
	switch {
	case o.N < 0:
		return fmt.Errorf("%w: N is %d, want 0 or more", ErrOptions, o.N)
	case o.LimitWords < 0 || o.LimitBytes < 0:
		return fmt.Errorf("%w: negative length limit", ErrOptions)
	case o.LimitWords > 0 && o.LimitBytes > 0:
		return fmt.Errorf("%w: a limit in words or in bytes, not both", ErrOptions)
	case !(o.Alpha >= 0 && o.Alpha <= 1):
		return fmt.Errorf("%w: alpha %v is outside [0, 1]", ErrOptions, o.Alpha)
	case o.SkipUnigrams && !o.Skip:
		return fmt.Errorf("%w: skip unigrams without skip-bigrams", ErrOptions)
	}
	return nil
}

// SkipName returns the script's name for the skip-bigram measure of o:
// "ROUGE-SU4" for a distance of 4 with unigrams, "ROUGE-S4" without,
// "ROUGE-SU*" or "ROUGE-S*" for no limit. It is "" when o.Skip is false.
func (o Options) SkipName() string {
	if !o.Skip {
		return ""
	}
	name := "ROUGE-S"
	if o.SkipUnigrams {
		name += "U"
	}
	if o.SkipDistance < 0 {
		return name + "*"
	}
	return fmt.Sprintf("%s%d", name, o.SkipDistance)
}
