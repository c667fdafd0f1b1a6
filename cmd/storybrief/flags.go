package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
)

// errHelp is returned by a subcommand when -h was given and its help printed.
var errHelp = errors.New("help requested")

// newFlagSet returns a flag set for subcommand name whose -h output starts
// with synopsis (the usage line) and description.
func newFlagSet(e *env, name, synopsis, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stdout, "Usage:\n  storybrief %s %s\n\n%s\n\nFlags:\n", name, synopsis, strings.TrimSpace(description))
		fs.SetOutput(e.stdout)
		fs.PrintDefaults()
		fs.SetOutput(e.stderr)
	}
	return fs
}

// parseFlags parses args into fs, mapping -h to errHelp and any other
// failure to a usageError. Flags may follow positional arguments.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		// Keep positional arguments and go on parsing flags after them;
		// "--" ends flags, and "-" alone is stdin.
		i := 0
		for i < len(args) && (args[i] == "-" || !strings.HasPrefix(args[i], "-")) {
			i++
		}
		rest = append(rest, args[:i]...)
		args = args[i:]
		if len(args) > 0 && args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		if len(args) == 0 {
			return rest, nil
		}
	}
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			set = true
		}
	})
	return set
}
