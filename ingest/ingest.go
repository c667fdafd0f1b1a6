package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/storybrief/storybrief"
)

// MaxDocument is the largest single document accepted, in bytes. News
// articles are a few kilobytes; a page of many megabytes is almost always
// something else, and a larger one is refused with storybrief.ErrTooLarge.
const MaxDocument = 16 << 20

// multiNewsSep separates the documents of one story in raw Multi-News text.
const multiNewsSep = "|||||"

// Raw is one document as read, before extraction.
type Raw struct {
	Source string // the path, "-" for stdin, or path:N#M for document M of line N
	Data   []byte
	Title  string // the headline a JSON Lines story gives for the document ("titles"), if any
}

// Story is a group of documents about one story, with any reference
// summaries that came with it (from JSON Lines data sets).
type Story struct {
	ID        string   // the JSON Lines id, or "" for loose inputs
	Source    string   // where the story came from
	Docs      []Raw    // the documents in input order
	Summaries []string // reference summaries, if any
}

// Reader yields the stories of a list of inputs. It is not safe for
// concurrent use.
type Reader struct {
	inputs   []string
	stdin    io.Reader
	next     int           // next input index
	pending  []*lineSource // line-oriented inputs waiting to be read
	cur      *lineSource   // the one being read
	loose    []Raw         // loose documents, yielded as one story at the end
	problems storybrief.ErrorList
	story    Story
	err      error
	done     bool
}

// NewReader returns a Reader over inputs (paths, directories, or "-" for
// standard input, read from stdin).
func NewReader(inputs []string, stdin io.Reader) *Reader {
	return &Reader{inputs: inputs, stdin: stdin}
}

// Story returns the story read by the last call to Scan.
func (r *Reader) Story() Story { return r.story }

// Err returns the first fatal error. Problems with single inputs are not
// fatal: see Problems.
func (r *Reader) Err() error { return r.err }

// Problems returns the inputs that were skipped so far, each with its reason.
func (r *Reader) Problems() storybrief.ErrorList { return r.problems }

// Scan advances to the next story. It returns false at the end of the
// inputs or after a fatal error.
func (r *Reader) Scan() bool {
	if r.err != nil || r.done {
		return false
	}
	for {
		if r.cur == nil && len(r.pending) > 0 {
			r.cur, r.pending = r.pending[0], r.pending[1:]
		}
		if r.cur != nil {
			st, ok := r.cur.next(&r.problems)
			if ok {
				r.story = st
				return true
			}
			r.cur.close()
			r.cur = nil
			continue
		}
		if r.next >= len(r.inputs) {
			break
		}
		in := r.inputs[r.next]
		r.next++
		r.open(in)
	}
	r.done = true
	if len(r.loose) > 0 {
		r.story = Story{Source: looseName(r.loose), Docs: r.loose}
		r.loose = nil
		return true
	}
	return false
}

func looseName(docs []Raw) string {
	if len(docs) == 1 {
		return docs[0].Source
	}
	return fmt.Sprintf("%d inputs", len(docs))
}

// open reads one command-line input: stdin, a file or a directory.
func (r *Reader) open(in string) {
	if in == "-" {
		data, err := io.ReadAll(io.LimitReader(r.stdin, MaxDocument+1))
		if err != nil {
			r.problems.Add("stdin", fmt.Errorf("read: %w", err))
			return
		}
		if len(data) > MaxDocument && kindOf(data) == kindDoc {
			r.problems.Add("stdin", fmt.Errorf("%w: over the %s limit for one document", storybrief.ErrTooLarge, human(MaxDocument)))
			return
		}
		if len(data) > MaxDocument { // a stream of stories: read it line by line
			r.pending = append(r.pending, newLineSource("stdin", io.MultiReader(bytes.NewReader(data), r.stdin), nil, kindOf(data)))
			return
		}
		r.addData("stdin", data)
		return
	}
	fi, err := os.Stat(in)
	if err != nil {
		r.problems.Add(in, pathError(err))
		return
	}
	if !fi.IsDir() {
		r.addFile(in, fi.Size())
		return
	}
	var files []string
	err = filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			r.problems.Add(p, pathError(err))
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") && p != in {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		r.problems.Add(in, err)
	}
	sort.Strings(files)
	nLoose, nPending := len(r.loose), len(r.pending)
	var skipped storybrief.ErrorList
	saved := r.problems
	r.problems = nil
	for _, f := range files {
		if projectNotes(f) {
			r.problems.Add(f, errProjectNotes)
			continue
		}
		if referenceSummary(f) {
			r.problems.Add(f, errReferenceSummary)
			continue
		}
		fi, err := os.Stat(f)
		if err != nil {
			r.problems.Add(f, pathError(err))
			continue
		}
		r.addFile(f, fi.Size())
	}
	skipped, r.problems = r.problems, saved
	if len(r.loose) == nLoose && len(r.pending) == nPending {
		// Nothing usable: one clear message for the directory, with the
		// reasons of its files when there are few.
		msg := "no articles found"
		switch {
		case len(files) == 0:
			msg += " (the directory holds no files)"
		case len(skipped) <= 3:
			msg += fmt.Sprintf(" (%d files, none readable as text: %v)", len(files), strings.ReplaceAll(skipped.Error(), "\n", "; "))
		default:
			msg += fmt.Sprintf(" (%d files, none readable as text)", len(files))
		}
		r.problems.Add(in, errors.New(msg))
		return
	}
	r.problems = append(r.problems, skipped...)
}

// errProjectNotes says why a directory's README or licence is not read.
var errProjectNotes = errors.New("a project's notes file, not an article (name it on the command line to read it)")

// projectNotes reports whether a file found in a directory is one of the
// notes that travel with a collection (README, LICENSE, CHANGELOG…): a
// brief of a folder of scrapes should not cite its README as an outlet.
func projectNotes(path string) bool {
	name := strings.ToUpper(filepath.Base(path))
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	switch name {
	case "README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "NOTICE", "AUTHORS", "CONTRIBUTING":
		return true
	}
	return false
}

// errReferenceSummary says why a directory's reference summary is not read.
var errReferenceSummary = errors.New("a reference summary, not an article (name it on the command line to read it)")

// referenceSummary reports whether a file found in a directory is named as
// a summary written of the articles beside it (reference-brief.txt,
// summary.txt, gold.json): a brief that cites a hand-written summary as an
// outlet is no brief of the sources.
func referenceSummary(path string) bool {
	name := strings.ToLower(filepath.Base(path))
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if name == "gold" {
		return true
	}
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r < 'a' || r > 'z' }) {
		switch w {
		case "reference", "references", "summary", "summaries":
			return true
		}
	}
	return false
}

// addFile reads a regular file: JSON Lines and raw Multi-News files become
// line sources read in bounded memory; anything else is one loose document.
func (r *Reader) addFile(path string, size int64) {
	if isJSONLName(path) {
		f, err := os.Open(path)
		if err != nil {
			r.problems.Add(path, pathError(err))
			return
		}
		rd, err := maybeGunzip(path, f)
		if err != nil {
			f.Close()
			r.problems.Add(path, err)
			return
		}
		r.pending = append(r.pending, newLineSource(path, rd, f, kindJSONL))
		return
	}
	if size > MaxDocument {
		r.problems.Add(path, fmt.Errorf("%w: %s, over the %s limit for one document", storybrief.ErrTooLarge, human(size), human(MaxDocument)))
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		r.problems.Add(path, pathError(err))
		return
	}
	r.addData(path, data)
}

// addData classifies the bytes of one input by content.
func (r *Reader) addData(name string, data []byte) {
	if k := kindOf(data); k != kindDoc {
		r.pending = append(r.pending, newLineSource(name, bytes.NewReader(data), nil, k))
		return
	}
	if err := Check(data); err != nil {
		r.problems.Add(name, err)
		return
	}
	r.loose = append(r.loose, Raw{Source: name, Data: data})
}

// pathError strips the operation and path from an *fs.PathError: the
// caller names the input already.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrNotExist) {
			return errors.New("no such file or directory")
		}
		return pe.Err
	}
	return err
}

// human formats a byte count for people.
func human(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
