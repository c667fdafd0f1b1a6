// Package setting knows the phrases that tell where or how something was
// said ("in an interview with CNN", "during a rally in Iowa", "on Fox
// News"), which news puts between a speaker and the verb of saying:
// "Biden in an interview with CNN said …" is Biden speaking, not the
// interview. The quote finder and the fact attributor both read them.
package setting

import "strings"

// Prep reports whether w (lower case) opens a setting phrase.
func Prep(w string) bool { return preps[w] }

// Noun reports whether w (lower case) heads a setting phrase: the
// interview, the statement, the video, the rally.
func Noun(w string) bool { return nouns[w] }

var (
	preps = set(`in on during at via through`)
	nouns = set(`interview interviews statement statements video videos tweet tweets post posts letter
letters speech speeches rally rallies appearance conference podcast op-ed editorial hall hearing meeting call
remarks briefing email emails memo filing broadcast address message segment show documentary book column essay
testimony session event debate forum ceremony release announcement radio television tv episode campaign
press news`)
)

// Reach is how many words after its preposition a setting phrase's noun
// may stand: "in a new video", "during a campaign rally".
const Reach = 3

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
