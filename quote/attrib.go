package quote

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/internal/gender"
	"github.com/storybrief/storybrief/internal/setting"
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// cues are the verbs of saying that attribute a quote.
var cues = wordSet(`
said says say told tells added adds asked asks explained explains noted notes wrote writes tweeted
tweets argued argues insisted insists denied denies acknowledged acknowledges suggested suggests
stated declared declares claimed claims warned warns continued continues recalled recalls replied
replies responded answered announced announces admitted admits confirmed confirms conceded concedes
emphasized stressed observed remarked commented posted testified predicted urged vowed promised
cautioned complained concluded countered contended maintained agreed joked shouted reported
reports texted emailed messaged insist deny argue claim warn admit reiterated reiterates revealed
reveals indicated indicates hinted hints reminded pledged disclosed divulged instructed boasted
remembered remembers recounted recounts accused accuses described describes praised criticized
slammed blasted
acknowledge explain note warned adding saying noting insisting arguing explaining warning
estimated estimates denying claiming stating confirming acknowledging admitting suggesting
`)

// beVerbs before a cue in -ing make it progressive, and active: "the White
// House is denying that …", "he was saying that …".
var beVerbs = wordSet(`is are was were been`)

// progressive reports whether the cue at word k of pa is a verb in -ing
// after a form of "be": "is denying".
func progressive(pa *para, k int) bool {
	return k > 0 && strings.HasSuffix(pa.words[k].key, "ing") && beVerbs[pa.words[k-1].key]
}

// participles are cues whose subject is the subject of the sentence:
// "…, adding that …".
var participles = wordSet(`adding saying noting insisting arguing explaining warning`)

// postCues are the cues of a quoted post.
var postCues = wordSet(`tweeted tweets posted texted`)

// platforms after "wrote on" or "said in a" make a quote a post.
var platforms = wordSet(`twitter facebook instagram x tiktok linkedin threads bluesky tweet post truth`)

// reportCues are the cues that may carry reported speech: "said that …".
// Asking is not stating.
var reportCues = wordSet(`
said says say told tells added adds explained explains noted notes wrote writes argued argues insisted
insists denied denies acknowledged acknowledges suggested suggests stated declared declares claimed claims
warned warns recalled recalls announced announces admitted admits confirmed confirms conceded concedes
emphasized stressed observed remarked testified predicted contended maintained agreed reported reports
insist deny argue claim warn admit reiterated reiterates revealed reveals indicated indicates hinted
hints reminded disclosed divulged tweeted acknowledge explain note adding saying noting insisting
arguing explaining warning denying claiming stating confirming acknowledging admitting suggesting
vowed vows pledged pledges promised promises
`)

// bare are the reporting cues that may take what was said without "that":
// "Psaki said negotiations …"; the others need it ("confirmed that …",
// not "confirmed the breach").
var bare = wordSet(`said says say told tells added adds argued argues insisted insists wrote writes
noted notes explained explains stated suggested suggests warned warns predicted contended maintained
tweeted adding saying insist argue`)

// aux are words that may stand between a speaker and the verb: "Kerry
// also said", "she has long argued".
var aux = wordSet(`also later then has have had previously recently once again reportedly would will
earlier further repeatedly simply just quickly publicly privately flatly initially subsequently
separately briefly angrily bluntly ultimately long still already frequently often even never not did
does do first last yesterday today tonight now`)

// passive are words that make the verb after them passive or not a
// statement: "was told", "when asked", "to say".
var passive = wordSet(`was were is are be been being when if after before as while get got gets to`)

var pronouns = wordSet(`he she they i we`)

// determiners open a noun phrase that names a speaker: "the spokesman",
// "a senior official".
var determiners = wordSet(`the a an his her its their one another two three four several many some
most other both each our this that these those`)

// appositives open a phrase set off by commas after a name: "Oubai
// Shahbandar, a spokesman for …, told", "Gen. Lloyd Austin, who runs …, said".
var appositives = wordSet(`who which whose whom a an the now then formerly also once himself herself
its his her their one another currently both each aged age former`)

// linkers join a role to the name it belongs to: "a spokesman for Kerry",
// "an aide to Obama".
var linkers = wordSet(`for of to with at from`)

// reportNouns come before "reports" or "claims" used as a noun.
var reportNouns = wordSet(`news media press multiple recent earlier several many numerous conflicting unconfirmed
published initial local such the these those some his her their its false`)

// claimTakers are verbs that take reports or claims as their object:
// "dismiss reports that …", "denied WikiLeaks claims that …".
var claimTakers = wordSet(`deny denies denied denying dismiss dismisses dismissed dismissing reject rejects rejected
rejecting refute refutes refuted refuting dispute disputes disputed disputing rebut rebuts rebutted rebutting debunk
debunks debunked debunking confirm confirms confirmed confirming address addresses addressed addressing`)

// nounOpeners are prepositions, which stand before an adjective and a noun
// ("of formal claims") and seldom before a clause's subject.
var nounOpeners = wordSet(`of in on with about for from amid despite`)

// adjectives that stand before "claims" or "reports" as a noun, beside
// reportNouns and those that an ending tells (isAdjective).
var adjectives = wordSet(`new wild bogus unfounded unsubstantiated unproven unverified dubious spurious
fresh similar latest widespread persistent outlandish fraudulent explosive controversial vague
specific sweeping extraordinary damning competing`)

// isAdjective reports whether a lower-case word reads as an adjective:
// one of adjectives, or one whose ending tells it ("baseless",
// "dubious", "questionable"), which no noun for a speaker has.
func isAdjective(w string) bool {
	if adjectives[w] {
		return true
	}
	for _, end := range []string{"less", "ful", "ous", "able", "ible"} {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// clauseOpeners open a clause whose subject follows them.
var clauseOpeners = wordSet(`after before when while as because since though although if and but`)

// judgeVerbs are cues that judge someone or something, who is named before
// the words quoted ("Warren accused Bloomberg of arguing “…”", "the
// senator slammed the deal as “a betrayal”"); straight before one of
// judgeLinks they are participles, and name no speaker ("an officer
// accused of “excessive force”").
var judgeVerbs = wordSet(`accused accuses described describes praised criticized slammed blasted`)

// judgeLinks follow a judging participle.
var judgeLinks = wordSet(`of as by for`)

// addVerbs are verbs of saying that also add things: before a determiner
// ("added a new legal blockade") they say nothing.
var addVerbs = wordSet(`added adds add adding`)

// addedThing reports whether k, after "added", opens what was added: a
// determiner, but not "that" or "this", which open what was said ("added
// that he …", "added this week that …").
func addedThing(k string) bool {
	return determiners[k] && k != "that" && k != "this" && k != "these" && k != "those"
}

// notSaying are words after a verb of saying that make it something else:
// "the rhetoric noted above".
var notSaying = wordSet(`above below here earlier`)

// times are words of time that may stand between a verb of saying and
// what was said: "reported Thursday that".
var times = wordSet(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
last this earlier recently week month year morning afternoon evening night`)

// nounVerbs follow "reports" or "claims" used as a noun: "reports show".
var nounVerbs = wordSet(`show shows showed say suggest suggested indicate indicated reveal revealed claim state`)

// countedCues are cues that are nouns after a number: "100 tweets".
var countedCues = wordSet(`tweets posts reports claims statements retweets comments remarks notes messages`)

// weekdays stand between a speaker and the verb: "a report Thursday
// said".
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// prepositions that open a phrase after a verb of saying that is not what
// was said: "said in an interview", "said on Thursday".
var prepositions = wordSet(`in on at during after before last this earlier late early to of for with by
from since while when against about over into upon through via amid`)

// objectOf are prepositions whose object is no subject: a verb of saying
// after "during law school" has its speaker further back. ("of" is not
// one: "a number of analysts say".)
var objectOf = wordSet(`during with without from by at into upon through via amid against about over`)

// badStarts cannot open what someone said: "said as he secured the clamp".
var badStarts = wordSet(`as while when because after before if though although and but or so nor than
until unless whereas since against about over into upon for to of by at in on with without`)

// stop are words that cannot be part of a noun phrase that names a
// speaker.
var stop = wordSet(`and or but if that which who whom whose when where while because although though
is are was were be been being has have had do does did will would can could should may might must
not no as so than then there here it this these those what how why also said says say told
amid despite among amongst`)

// roles are the heads of phrases such as "the former mayor" that refer
// back to a person named before.
var roles = wordSet(`mayor president governor billionaire duchess duke prince princess queen king
minister senator congressman congresswoman director chairman chairwoman premier secretary mp
commissioner superintendent judge ambassador lawmaker leader actor actress singer star ceo founder
executive coach chancellor pope sheriff detective general candidate nominee prosecutor attorney
envoy diplomat economist professor author scientist researcher speaker`)

// personNoun reports whether k names people by what they are or do: a
// role ("spokeswoman", "attorney"), or a word with a person's ending
// ("adviser", "officials", "friends"), singular or plural.
func personNoun(k string) bool {
	k = strings.TrimSuffix(k, "s")
	if roles[k] || peopleNouns[k] {
		return true
	}
	if notPeople[k] {
		return false
	}
	for _, suf := range [...]string{"man", "woman", "person", "er", "or", "ist", "ian", "ant"} {
		if strings.HasSuffix(k, suf) && len(k) > len(suf)+2 {
			return true
		}
	}
	return false
}

// notPeople are words with a person's ending that name no one: the center
// of an inquiry.
var notPeople = wordSet(`center centre number matter order letter paper chapter quarter power border water corner cover
answer other under after over error factor sector motor mirror color colour behavior behaviour honor honour
favor favour labor labour rumor rumour tumor humor vigor terror horror anchor floor door interior exterior
corridor endeavor harbor harbour tenor vapor manner dinner banner summer winter member`)

// peopleNouns are nouns for people that no ending tells: "friends of",
// "officials of".
var peopleNouns = wordSet(`official friend aide staff staffer member colleague relative family source people chief head
office team lawyer counsel spokesperson representative resident student agent republican democrat rapporteur
expert`)

// isCue reports whether word k of pa is a verb of saying used as one.
func (f *finder) isCue(pa *para, k int) bool {
	w := pa.words[k]
	if w.q >= 0 || w.m >= 0 {
		return false
	}
	if w.key == "according" {
		return k+1 < len(pa.words) && pa.words[k+1].key == "to" && !f.brk(pa, k, k+1)
	}
	if w.key == "states" {
		// "Greta Thunberg states the following:", not "the states said".
		return k > 0 && !f.brk(pa, k-1, k) && pa.words[k-1].m >= 0 && f.isPerson(f.nameOf(pa.words[k-1].m))
	}
	if !cues[w.key] {
		return false
	}
	prog := progressive(pa, k) && !f.brk(pa, k-1, k)
	if k > 0 && passive[pa.words[k-1].key] && !f.brk(pa, k-1, k) && !prog {
		return false
	}
	if participles[w.key] && (k == 0 || !strings.Contains(f.gap(pa, k-1, k), ",")) && !prog {
		return false
	}
	if strings.HasSuffix(w.key, "ing") && !participles[w.key] && !prog {
		return false // "…, confirming concerns widely voiced": no cue unless "is confirming"
	}
	if judgeVerbs[w.key] && k+1 < len(pa.words) && judgeLinks[pa.words[k+1].key] && !f.brk(pa, k, k+1) {
		return false // "an officer accused of “excessive force”": a participle, whoever judged
	}
	if addVerbs[w.key] && k+1 < len(pa.words) && addedThing(pa.words[k+1].key) && !f.brk(pa, k, k+1) {
		return false // "added a new legal blockade": something added, not said
	}
	if to := k - 1; to > 0 && strings.HasSuffix(pa.words[to].key, "ly") && !f.brk(pa, to, k) &&
		pa.words[to-1].key == "to" && !f.brk(pa, to-1, to) && (to < 2 || !aux[pa.words[to-2].key]) {
		return false // "the first senator to publicly say", "to initially warn": an infinitive (but "I have to say")
	}
	if k > 0 && !f.brk(pa, k-1, k) && !strings.Contains(f.gap(pa, k-1, k), ",") && isNumber(pa.words[k-1].key) && countedCues[w.key] {
		return false // "more than 100 tweets": counted, a noun (but "the Big 12 said")
	}
	if k > 0 && !f.brk(pa, k-1, k) && pa.words[k-1].m < 0 && pa.words[k-1].key != "to" && (nounOpeners[pa.words[k-1].key] || linkers[pa.words[k-1].key]) {
		return false // "a series of tweets", "in the wake of reports that …": a verb stands after no preposition
	}
	if (w.key == "reports" || w.key == "claims") && k+1 < len(pa.words) && !f.brk(pa, k, k+1) && nounVerbs[pa.words[k+1].key] {
		return false // "…, reports show.", "claims suggest": the noun is the subject
	}
	if (w.key == "reports" || w.key == "claims" || w.key == "claim") && k > 0 && !f.brk(pa, k-1, k) && pa.words[k-1].m < 0 &&
		(reportNouns[pa.words[k-1].key] || isAdjective(pa.words[k-1].key)) {
		return false // "touted news reports that …", "his baseless claims that …": a noun (but "Fox News reports")
	}
	if (w.key == "reports" || w.key == "claims") && k > 0 && !f.brk(pa, k-1, k) {
		prev := pa.words[k-1].key
		if pa.words[k-1].m < 0 && (strings.HasSuffix(prev, "ed") || strings.HasSuffix(prev, "ing")) || claimTakers[prev] {
			return false // "denied reports that …", "denying claims that …", "dismiss reports that …": what a verb takes
		}
		if k > 1 && !f.brk(pa, k-2, k-1) && claimTakers[pa.words[k-2].key] {
			return false // "denied WikiLeaks claims that …": whose claims they are, not who claims
		}
		if k > 1 && !f.brk(pa, k-2, k-1) && nounOpeners[pa.words[k-2].key] && pa.words[k-1].m < 0 && !startsUpper(f.text()[pa.words[k-1].s:]) {
			return false // "a settlement of formal claims that …": a noun after its adjective
		}
	}
	return true
}

// mentionStart returns the index in pa.words of the first word of the
// mention covering word k.
func mentionStart(pa *para, k int) int {
	m := pa.words[k].m
	for k > 0 && pa.words[k-1].m == m {
		k--
	}
	return k
}

func mentionEnd(pa *para, k int) int {
	m := pa.words[k].m
	for k+1 < len(pa.words) && pa.words[k+1].m == m {
		k++
	}
	return k
}

var none = speaker{ent: -1}

// pre finds the speaker named before the cue at word c: "Power said",
// "Oubai Shahbandar, a spokesman for …, told", "she suggested", "the
// administration insists". It looks no further back than word floor.
func (f *finder) pre(pa *para, c, floor int) speaker {
	if pa.words[c].key == "according" {
		return none // "…, according to the New York Times": the source follows
	}
	if key := pa.words[c].key; (key == "claim" || key == "claims") && c >= floor+2 && pa.words[c-2].m >= 0 && strings.HasSuffix(pa.words[c-2].key, "'s") &&
		pa.words[c-1].m < 0 && !f.brk(pa, c-2, c) && !stop[pa.words[c-1].key] {
		// "President Trump's renewed claim that …": the possessor claims.
		return f.nameOf(pa.words[c-2].m)
	}
	k := c - 1
	if progressive(pa, c) && !f.brk(pa, c-1, c) {
		// "the White House is denying", "she has been saying": the
		// speaker is the subject of "be"
		k = c - 2
		if k >= floor && pa.words[k+1].key == "been" && aux[pa.words[k].key] {
			k--
		}
	} else if participles[pa.words[c].key] {
		return f.sentenceSubject(pa, c, floor)
	}
	// "on Tuesday night said": a run of words of time after "on", "this"
	// or "last" stands between the speaker and the cue.
	if t := f.timeRunStart(pa, k, floor); t >= 0 {
		k = t - 1
	}
	// "a report Thursday said", "Facebook and Twitter on early Wednesday
	// warned": a day alone, perhaps early or late, perhaps after "on"
	if k > floor && weekdays[pa.words[k].key] && pa.words[k].q < 0 && !f.brk(pa, k, k+1) && !strings.Contains(f.gap(pa, k, k+1), ",") {
		day := k
		k--
		if k > floor && (pa.words[k].key == "early" || pa.words[k].key == "late") && !f.brk(pa, k, k+1) {
			k--
		}
		if k > floor && pa.words[k].key == "on" && !f.brk(pa, k, k+1) {
			k--
		}
		if w := pa.words[k]; w.q >= 0 || stop[w.key] || prepositions[w.key] || f.brk(pa, k, k+1) {
			k = day // what stands before the day is no speaker: leave it to the rules below
		}
	}
	for n := 0; n < 4 && k >= floor && (aux[pa.words[k].key] || isAdverb(pa.words[k].key) && pa.words[k].m < 0 || times[pa.words[k].key] && k > floor && (pa.words[k-1].key == "this" || pa.words[k-1].key == "last" || pa.words[k-1].key == "on")) && pa.words[k].q < 0 && !f.brk(pa, k, k+1); n++ {
		if times[pa.words[k].key] && !aux[pa.words[k].key] {
			k-- // "this week", "on Thursday"
		}
		k--
	}
	if k < floor || pa.words[k].q >= 0 {
		return none
	}
	if p := f.parenTagBefore(pa, k+1, floor); p >= 0 {
		k = p // "Mitch McConnell (R-Ky.) said", "Facebook Inc (FB.O) said"
	} else if f.brk(pa, k, k+1) {
		return none
	}
	switch pa.words[k].key {
	case "and", "but":
		// "… and then unanimously urged": the subject of the sentence.
		return f.sentenceSubject(pa, c, floor)
	case "all", "both":
		if k > floor && aux[pa.words[k-1].key] {
			return none // "Obama, Bush and Clinton have all announced": several speakers
		}
	}
	if strings.Contains(f.gap(pa, k, k+1), ",") {
		return f.appositive(pa, k, floor)
	}
	if p := f.settingStart(pa, k, floor); p > floor {
		// "Biden in an interview with CNN said", "The senator on Fox
		// News said": the speaker stands before where they said it.
		return f.subjectEndingAt(pa, p-1, floor)
	}
	return f.subjectEndingAt(pa, k, floor)
}

// settingStart returns the preposition that opens a phrase of where or how
// something was said ending at word k ("in an interview with CNN",
// "during a rally in Iowa", "on Fox News", "in a video posted to Twitter
// on Sunday") after the speaker's name or noun, or -1.
func (f *finder) settingStart(pa *para, k, floor int) int {
	for p := k; p > floor && k-p < 10; p-- {
		w := pa.words[p]
		if w.q >= 0 || f.brk(pa, p-1, p) || strings.Contains(f.gap(pa, p-1, p), ",") {
			return -1
		}
		if (stop[w.key] || clauseOpeners[w.key]) && !((w.key == "that" || w.key == "which") && p < k && setting.Noun(pa.words[p-1].key)) {
			return -1 // not across a clause: "… that Democrats said", "after Trump tweeted" (but "in an interview that aired Thursday")
		}
		if !setting.Prep(w.key) || p == k || w.m >= 0 {
			continue // (not inside a name: "Committee on Intelligence Chairman Adam B. Schiff")
		}
		// the preposition's object: a setting noun within three words
		// ("in a new interview"), or a named outlet after "on" ("on CNN")
		found := false
		for j := p + 1; j <= min(k, p+setting.Reach); j++ {
			if setting.Noun(pa.words[j].key) {
				found = true
				break
			}
		}
		if !found && w.key == "on" && pa.words[p+1].m >= 0 && f.ents[f.ments[pa.words[p+1].m].ent].Type == storybrief.Org {
			found = true
		}
		if !found {
			continue
		}
		// what stands before it must end a subject: a name or a noun
		prev := pa.words[p-1]
		if prev.q >= 0 || stop[prev.key] || prepositions[prev.key] || setting.Prep(prev.key) {
			return -1
		}
		return p
	}
	return -1
}

// timeRunStart returns the index of the "on", "this" or "last" that opens
// a run of two or three words of time ending at word k ("on Tuesday
// night"), or -1.
func (f *finder) timeRunStart(pa *para, k, floor int) int {
	j := k
	for j >= floor && k-j < 3 && times[pa.words[j].key] && pa.words[j].q < 0 && !f.brk(pa, j, j+1) {
		j--
	}
	if k-j < 2 || j < floor {
		return -1
	}
	switch pa.words[j].key {
	case "on", "this", "last", "late", "early":
		return j
	}
	return -1
}

// abbrevs are words whose period does not end a sentence.
var abbrevs = wordSet(`mr mrs ms dr gen sen rep gov lt col capt sgt st jr sr inc co corp ltd prof rev supt det insp mt ft no vs`)

// brk reports whether the text between words a and b of pa ends a clause:
// boundary punctuation, unless it is the period of an abbreviation or an
// initial (Mr. Dejesus, John F. Kennedy) inside a name.
func (f *finder) brk(pa *para, a, b int) bool {
	g := f.gap(pa, a, b)
	if !boundary(g) {
		return false
	}
	if strings.TrimSpace(g) == ".," {
		return false // an abbreviation's stop before a comma: "Collins, R-Ga., the ranking member"
	}
	if strings.TrimSpace(g) == "." {
		w := pa.words[a]
		if abbrevs[w.key] || len(w.key) == 1 || w.m >= 0 && w.m == pa.words[b].m {
			return false
		}
	}
	return true
}

// isAdverb reports whether a word looks like an adverb of manner:
// "unanimously urged", "strongly warned".
func isAdverb(k string) bool {
	return len(k) > 5 && strings.HasSuffix(k, "ly") && (!strings.HasSuffix(k, "ally") || len(k) > 6) && !lyNouns[k] || k == "strongly" || k == "quickly"
}

// lyNouns are nouns in -ly, which speak ("his family said", "the
// assembly voted"): no adverbs.
var lyNouns = wordSet(`family families assembly assemblies monopoly anomaly butterfly supply rally
rallies ally allies bully melancholy`)

// sentenceSubject finds who is "adding", or who "then urged": the
// speaker of the last attribution in the sentence, else the nearest person
// (or he, she) named before the cue, else the phrase that opens the
// sentence ("The trust …"), else the first organization it names.
func (f *finder) sentenceSubject(pa *para, c, floor int) speaker {
	lo := c
	for lo > 0 && pa.words[lo-1].sent == pa.words[c].sent {
		lo--
	}
	if f.last.ok() && f.lastAt >= pa.words[lo].s && f.lastAt < pa.words[c].s {
		return f.last
	}
	lo = max(lo, floor)
	for k := c - 1; k >= lo; k-- {
		w := pa.words[k]
		if w.q >= 0 {
			continue
		}
		if w.key == "he" || w.key == "she" {
			return f.pronoun(pa, k)
		}
		if w.m >= 0 && (k == lo || pa.words[k-1].m != w.m) {
			m := f.ments[w.m]
			if f.ents[m.ent].Type == storybrief.Person && !f.possessive(m) {
				// "A former aide to Cuomo … saying": the aide, who opens
				// the sentence or a clause ("… after a former aide to
				// Cuomo ripped …"), speaks.
				if k > lo && (pa.words[k-1].key == "to" || pa.words[k-1].key == "for") && !f.brk(pa, k-1, k) {
					if d := f.determinerBefore(pa, k-1, lo); d == lo || d > lo && clauseOpeners[pa.words[d-1].key] {
						return f.phrase(d, mentionEnd(pa, k), pa)
					}
				}
				return f.nameOf(w.m)
			}
		}
	}
	if s := f.openingPhrase(pa, lo, c); s.ok() {
		return s
	}
	for k := lo; k < c; k++ {
		w := pa.words[k]
		if w.m >= 0 && w.q < 0 && f.ents[f.ments[w.m].ent].Type == storybrief.Org {
			return f.nameOf(w.m)
		}
	}
	return none
}

// openingPhrase returns the speaker named by a phrase that opens a clause
// at word lo: a determiner and up to three more words ("The trust", "the
// former vice president"), before word c.
func (f *finder) openingPhrase(pa *para, lo, c int) speaker {
	if lo >= c || !determiners[pa.words[lo].key] || pa.words[lo].q >= 0 {
		return none
	}
	k := lo
	for k+1 < c && k-lo < 4 {
		nx := pa.words[k+1]
		if stop[nx.key] || prepositions[nx.key] || nx.m >= 0 || nx.q >= 0 || f.brk(pa, k, k+1) || strings.Contains(f.gap(pa, k, k+1), ",") {
			break
		}
		if strings.HasSuffix(nx.key, "ing") || strings.HasSuffix(nx.key, "ed") && k > lo {
			break
		}
		k++
	}
	if k == lo {
		return none
	}
	return f.phrase(lo, k, pa)
}

// subjectEndingAt returns the speaker whose words end at word k.
func (f *finder) subjectEndingAt(pa *para, k, floor int) speaker {
	w := pa.words[k]
	if w.m >= 0 {
		// "A spokesman for Kerry": the speaker is the spokesman.
		ms := mentionStart(pa, k)
		// "A federal judge in Maryland", "the top Democrats in Congress":
		// where the speaker is, not who.
		in := ms > 0 && pa.words[ms-1].key == "in" && f.ents[f.ments[w.m].ent].Type != storybrief.Person
		if ms > floor+1 && pa.words[ms-1].key == "the" && linkers[pa.words[ms-2].key] && !f.brk(pa, ms-2, ms) && f.ents[f.ments[w.m].ent].Type != storybrief.Person {
			// "the chairman of the Senate Republican Policy Committee
			// said": the chairman, past the name's article.
			for j := ms - 3; j >= max(floor, ms-7); j-- {
				if f.brk(pa, j, j+1) || strings.Contains(f.gap(pa, j, j+1), ",") || stop[pa.words[j].key] {
					break
				}
				if determiners[pa.words[j].key] {
					if j+1 < ms-2 && personNoun(pa.words[ms-3].key) {
						return f.phrase(j, k, pa)
					}
					break
				}
			}
		}
		if ms > floor && (linkers[pa.words[ms-1].key] || in) && !f.brk(pa, ms-1, ms) && !strings.Contains(f.gap(pa, ms-1, ms), ",") {
			for j := ms - 2; j >= max(floor, ms-6); j-- {
				if f.brk(pa, j, j+1) || strings.Contains(f.gap(pa, j, j+1), ",") || stop[pa.words[j].key] && pa.words[j].key != "here" && pa.words[j].key != "there" {
					break // ("a Jewish man here in Amsterdam" reads on past "here")
				}
				if determiners[pa.words[j].key] {
					return f.phrase(j, k, pa)
				}
			}
			// "Officials in Maryland said", "Health officials in New York
			// City": plural heads with no determiner, opening the
			// sentence or in lower case (not a name's last word).
			if in && ms >= 2 && (ms-2 == floor || pa.words[ms-3].sent != pa.words[ms-2].sent || !startsUpper(f.text()[pa.words[ms-2].s:])) {
				if h := f.phraseHead(pa, ms-1, floor); h >= 0 {
					return f.phrase(h, k, pa)
				}
			}
		}
		// "the California Democrat said": a party tag the entity finder
		// read as a name refers back, as "the senator" does.
		if ms > floor && partyHeads[w.key] && pa.words[ms-1].key == "the" && !f.brk(pa, ms-1, ms) {
			if s := f.partisan(pa, ms-1, k, w.key); s.ok() {
				s.span = storybrief.Span{Start: pa.words[ms-1].s, End: w.e}
				return s
			}
		}
		if in && ms > floor && !f.brk(pa, ms-1, ms) {
			// "a Jewish man here in Amsterdam wrote": where the speaker
			// is names nobody
			return none
		}
		// "Gov. Andrew M. Cuomo of New York said": the person, not the
		// place the person is of.
		if ms >= 2 && ms-1 > floor && (pa.words[ms-1].key == "of" || pa.words[ms-1].key == "from") && !f.brk(pa, ms-2, ms-1) && !f.brk(pa, ms-1, ms) && f.ents[f.ments[w.m].ent].Type == storybrief.Place {
			if p := pa.words[ms-2]; p.m >= 0 && f.ents[f.ments[p.m].ent].Type == storybrief.Person {
				return f.nameOf(p.m)
			}
		}
		return f.nameOf(w.m)
	}
	if pronouns[w.key] {
		return f.pronoun(pa, k)
	}
	// "Chief Justice John G. Roberts, Jr. wrote": the suffix is the name's.
	if (w.key == "jr" || w.key == "sr") && k > floor && pa.words[k-1].m >= 0 && !f.brk(pa, k-1, k) {
		return f.subjectEndingAt(pa, k-1, floor)
	}
	// "Tory MPs who said", "a local organization which said".
	if (w.key == "who" || w.key == "which") && k > floor {
		if f.brk(pa, k-1, k) {
			return none
		}
		return f.subjectEndingAt(pa, k-1, floor)
	}
	// A noun phrase: "the administration", "A spokesman for Kerry", "officials".
	// (Never an object: "said them", "told him".)
	if stop[w.key] || determiners[w.key] || objectPronouns[w.key] || len(w.key) < 2 || strings.HasSuffix(w.key, "'s") || strings.HasSuffix(w.key, "s'") {
		return none
	}
	j := k
	for n := 0; n < 6; n++ {
		if determiners[pa.words[j].key] {
			if j > floor+1 && sourceLink(pa.words[j-2].key, pa.words[j-1].key) && !f.brk(pa, j-1, j) {
				// "Two people familiar with the matter said".
				if h := f.phraseHead(pa, j-2, floor); h >= 0 {
					return f.phrase(h, k, pa)
				}
			}
			if j > floor+1 && linkingParticiple(pa.words[j-1].key) && !f.brk(pa, j-1, j) && !strings.Contains(f.gap(pa, j-1, j), ",") && !strings.HasSuffix(pa.words[j-2].key, "ed") {
				// "Officials investigating the crash said", "News outlets
				// covering the incident say": who does it speaks, not
				// what they do it to (not after a verb: "he's started
				// writing his lunch notes").
				if h := f.phraseHead(pa, j-1, floor); h >= 0 {
					return f.phrase(h, k, pa)
				}
			}
			if j > floor && pa.words[j-1].key == "on" {
				if who, ok := f.qualified(pa, j, k, floor); ok {
					return who // "top advisers on the coronavirus response said"
				}
			}
			if j > floor && (linkers[pa.words[j-1].key] || pa.words[j-1].key == "as") && !f.brk(pa, j-1, j) {
				// "the mother of the Gamble Heights victim": the phrase is
				// inside a longer one; its head comes before "who".
				if who := f.beforeWho(pa, j-1, floor); who.ok() || !linkers[pa.words[j-1].key] {
					return who
				}
				// "a spokeswoman for the firm said": the spokeswoman (not
				// "the center of the impeachment inquiry").
				if d := f.determinerBefore(pa, j-1, floor); d >= 0 && j >= 2 && personNoun(pa.words[j-2].key) {
					return f.phrase(d, k, pa)
				}
				if h := f.countedPeople(pa, j-1, k, floor); h >= 0 {
					return f.phrase(h, k, pa)
				}
				return none
			}
			return f.phrase(j, k, pa)
		}
		if j == floor || j == 0 || f.brk(pa, j-1, j) || strings.Contains(f.gap(pa, j-1, j), ",") || pa.words[j-1].q >= 0 {
			if k-j < 3 {
				return f.phrase(j, k, pa)
			}
			return none
		}
		if pa.words[j].key == "least" && pa.words[j-1].key == "at" && !f.brk(pa, j-1, j) {
			return f.phrase(j-1, k, pa) // "At least seven companies said"
		}
		if stop[pa.words[j-1].key] || prepositions[pa.words[j-1].key] || badStarts[pa.words[j-1].key] {
			if pa.words[j-1].key == "in" && startsUpper(f.text()[pa.words[j].s:]) {
				// "the top Democrats in Congress": the phrase before "in".
				if d := f.determinerBefore(pa, j-1, floor); d >= 0 {
					return f.phrase(d, k, pa)
				}
			}
			if who, ok := f.qualified(pa, j, k, floor); ok {
				// "Florida's secretary of state announced", "a special
				// rapporteur on freedom of expression said": the person
				// the phrase qualifies speaks, not its object.
				return who
			}
			if objectOf[pa.words[j-1].key] && (k+1 >= len(pa.words) || pa.words[k+1].key != "who") {
				// "the incident with Kavanaugh during law school say": the
				// preposition's object says nothing (but "brought by
				// plaintiffs who say" names them)
				return none
			}
			if k-j < 3 && pa.words[j-1].key != "who" && pa.words[j-1].key != "which" {
				return f.phrase(j, k, pa)
			}
			return none
		}
		j--
	}
	return none
}

// countedPeople returns where a phrase that counts people opens, when the
// words before the linker at word l are one: "two people with knowledge of
// the attacks said", "one of the officials said", "three sources close to
// the talks said" (the phrase opens its clause, right after a comma or at
// the floor); -1 when they are not.
func (f *finder) countedPeople(pa *para, l, k, floor int) int {
	for h := l - 1; h >= floor && h >= l-3; h-- {
		if f.brk(pa, h, h+1) || strings.Contains(f.gap(pa, h, h+1), ",") {
			return -1
		}
		w := pa.words[h].key
		counted := w == "one" || isNumber(w) || numberWords[w]
		if !counted && !(peopleNouns[strings.TrimSuffix(w, "s")] && h > floor && (isNumber(pa.words[h-1].key) || numberWords[pa.words[h-1].key])) {
			continue
		}
		if !counted {
			h-- // "two people": from the count
		}
		if counted && !personNoun(pa.words[k].key) {
			return -1 // "one of the reasons": a count of things
		}
		if h == floor || strings.Contains(f.gap(pa, h-1, h), ",") || f.brk(pa, h-1, h) {
			return h
		}
		return -1
	}
	return -1
}

// numberWords are counts written as words.
var numberWords = wordSet(`two three four five six seven eight nine ten several many some dozens`)

// parenTagBefore returns the word before a short tag in parentheses that
// stands right before word c: a party and state ("(R-Ky.)", "(D-Calif.)"),
// a ticker ("(FB.O)"); -1 when there is none.
func (f *finder) parenTagBefore(pa *para, c, floor int) int {
	if c < 1 || c-1 < floor {
		return -1
	}
	t := f.text()
	gap := f.gap(pa, c-1, c)
	if strings.TrimSpace(gap) != ")" && strings.TrimSpace(gap) != ".)" {
		return -1
	}
	// The words inside: one or two, after a "(" that follows a word.
	for k := c - 1; k >= floor && k >= c-3; k-- {
		if k == 0 {
			return -1
		}
		g := f.gap(pa, k-1, k)
		if strings.TrimSpace(g) == "(" {
			inner := t[pa.words[k].s:pa.words[c-1].e]
			if len(inner) > 12 || strings.ContainsAny(inner, "\"“”") {
				return -1
			}
			for _, r := range inner {
				if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '-' || r == '–' || r == '.' || r == ' ' || r == ',') {
					return -1
				}
			}
			if !strings.ContainsAny(inner[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
				return -1
			}
			return k - 1
		}
		if strings.TrimSpace(g) != "" && strings.TrimSpace(g) != "." && strings.TrimSpace(g) != "-" && strings.TrimSpace(g) != "–" {
			return -1
		}
	}
	return -1
}

// linkingParticiple reports whether k is a present participle that can
// follow a speaker and govern what they act on ("investigating",
// "covering"), not a preposition or a noun in -ing ("during",
// "according", "the meeting").
func linkingParticiple(k string) bool {
	return len(k) > 5 && strings.HasSuffix(k, "ing") && !prepositions[k] && !stop[k] && !ingWords[k]
}

// ingWords end in -ing but are no participles after a speaker.
var ingWords = wordSet(`according including during regarding following concerning considering morning evening
building meeting hearing briefing ruling funding wedding spring string something nothing anything everything`)

// qualified returns the phrase headed by a person noun that the words j..k
// qualify after "of", "on" or "for" within a few words before j ("the
// secretary of state", "top advisers on the coronavirus response", "special
// rapporteur on freedom of expression"), and whether there is one.
func (f *finder) qualified(pa *para, j, k, floor int) (speaker, bool) {
	for p := j - 1; p > floor && j-p < 6; p-- {
		w := pa.words[p]
		if w.q >= 0 || f.brk(pa, p, p+1) || strings.Contains(f.gap(pa, p, p+1), ",") || stop[w.key] {
			return none, false
		}
		if w.key != "of" && w.key != "on" && w.key != "for" {
			continue
		}
		if f.brk(pa, p-1, p) || !personNoun(pa.words[p-1].key) {
			continue
		}
		if h := f.phraseHead(pa, p, floor); h >= 0 {
			return f.phrase(h, k, pa), true
		}
		// "One of Trump administration's top advisers on …": the person
		// noun with up to two words that qualify it
		h := p - 1
		for h-1 >= floor && p-h < 3 && !f.brk(pa, h-1, h) && pa.words[h-1].q < 0 && !stop[pa.words[h-1].key] &&
			!prepositions[pa.words[h-1].key] && !determiners[pa.words[h-1].key] && !strings.HasSuffix(pa.words[h-1].key, "'s") {
			h--
		}
		return f.phrase(h, k, pa), true
	}
	return none, false
}

// sourceLink reports whether words a and b link an unnamed source to what
// they know: "familiar with", "close to", "briefed on".
func sourceLink(a, b string) bool {
	return a == "familiar" && b == "with" || a == "close" && b == "to" || a == "briefed" && b == "on" || a == "knowledgeable" && b == "about"
}

// phraseHead returns where the noun phrase that ends before word p (a
// preposition, or "familiar" before "with") begins: at its determiner
// ("Two people familiar", "a spokeswoman for"), else at the start of the
// sentence or clause ("People familiar", "Health officials in"); -1 if
// none.
func (f *finder) phraseHead(pa *para, p, floor int) int {
	for j := p - 1; j >= max(floor, p-4); j-- {
		w := pa.words[j].key
		if f.brk(pa, j, j+1) || strings.Contains(f.gap(pa, j, j+1), ",") || stop[w] || pa.words[j].q >= 0 {
			return -1
		}
		if determiners[w] {
			return j
		}
		if prepositions[w] || w == "according" {
			return -1
		}
		if j == floor || f.brk(pa, j-1, j) || strings.Contains(f.gap(pa, j-1, j), ",") || prepositions[pa.words[j-1].key] {
			if p-j > 3 {
				return -1
			}
			return j // "according to people familiar": people
		}
	}
	return -1
}

// determinerBefore returns the determiner that opens the phrase ending
// before word p (a preposition) within four words, or -1.
func (f *finder) determinerBefore(pa *para, p, floor int) int {
	for j := p - 1; j >= max(floor, p-4); j-- {
		if f.brk(pa, j, j+1) || strings.Contains(f.gap(pa, j, j+1), ",") || stop[pa.words[j].key] || pa.words[j].q >= 0 {
			return -1
		}
		if determiners[pa.words[j].key] {
			return j
		}
	}
	return -1
}

// beforeWho finds the head of "A woman who identified herself as the mother
// of …": the phrase before a "who" within a few words before word k.
func (f *finder) beforeWho(pa *para, k, floor int) speaker {
	for j := k; j > max(floor, k-10); j-- {
		if f.brk(pa, j-1, j) {
			return none
		}
		if pa.words[j].key == "who" || pa.words[j].key == "which" {
			return f.subjectEndingAt(pa, j, floor)
		}
	}
	return none
}

// phrase returns a speaker named by the words j..k as written; "the
// former mayor" and the like refer back to a person named before.
func (f *finder) phrase(j, k int, pa *para) speaker {
	sp := storybrief.Span{Start: pa.words[j].s, End: pa.words[k].e}
	name := storybrief.CollapseSpace(sp.In(f.text()))
	if strings.EqualFold(name, "it") || strings.EqualFold(name, "this") {
		return none
	}
	if j == k && isNumber(strings.ReplaceAll(pa.words[k].key, ",", "")) {
		return none // "adults between the ages of 18 and 24 say": a number speaks for nobody
	}
	if pa.words[j].key == "the" && k > j && (roles[pa.words[k].key] || partyHeads[pa.words[k].key]) {
		role := f.role
		if partyHeads[pa.words[k].key] {
			role = f.partisan
		}
		if s := role(pa, j, k, pa.words[k].key); s.ok() {
			s.span = sp
			return s
		}
	}
	if pa.words[j].key == "the" && k-j <= 2 && isAge(pa.words[k].key) {
		// "The 40-year-old told reporters": the person the story gives
		// that age.
		if s := f.aged(pa, j, strings.TrimSuffix(pa.words[k].key, "-year-old")); s.ok() {
			s.span = sp
			return s
		}
	}
	if pa.words[j].key == "the" && orgHeads[pa.words[k].key] != 0 && k-j <= 2 {
		if s := f.organization(pa, j, k); s.ok() {
			s.span = sp
			return s
		}
	}
	if j == k && roles[pa.words[k].key] && startsUpper(name) {
		// "President says storm will be big": a headline's bare title is
		// the one person the story gives it.
		if ei := f.titled([]string{pa.words[k].key}); ei >= 0 {
			return speaker{name: f.ents[ei].Name, ent: ei, span: sp}
		}
	}
	if j == k && startsUpper(name) {
		// "said King": a surname the entity finder left alone.
		for ei := range f.ents {
			if e := &f.ents[ei]; e.Type == storybrief.Person && strings.HasSuffix(e.Name, " "+name) && f.inDoc(ei) {
				return speaker{name: e.Name, ent: ei, span: sp}
			}
		}
	}
	if determiners[pa.words[j].key] && k > j && personNoun(pa.words[k].key) {
		// ("The city's police chief said" opening a sentence is "the
		// city's police chief" elsewhere.)
		lower := name
		if name[0] >= 'A' && name[0] <= 'Z' {
			lower = string(name[0]+'a'-'A') + name[1:]
		}
		if s := f.namedAs(lower); s.ok() {
			s.span = sp
			return s
		}
		if s := f.namedAs(name); s.ok() {
			s.span = sp
			return s
		}
	}
	return speaker{name: name, ent: -1, span: sp}
}

// namedAs returns the person the document names in apposition to the
// phrase, anywhere in it: "the city's police chief said" is Carmen Best
// where the article writes "the city's police chief, Carmen Best, said".
func (f *finder) namedAs(phrase string) speaker {
	t := f.text()
	for from := 0; from < len(t); {
		i := strings.Index(t[from:], phrase)
		if i < 0 {
			break
		}
		at := from + i + len(phrase)
		from = at
		if !strings.HasPrefix(t[at:], ", ") {
			continue
		}
		for mi, m := range f.ments {
			if m.Start > at+2 {
				break // mentions come in order
			}
			if m.Start == at+2 && f.ents[m.ent].Type == storybrief.Person {
				if rest := t[m.End:]; strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, " said") || strings.HasPrefix(rest, " says") {
					return f.nameOf(mi)
				}
			}
		}
	}
	return none
}

// appositive finds the speaker before a comma that ends at word k: "…,
// Under Secretary of State Wendy Sherman, said", "Gen. Lloyd Austin, who
// runs …, said", "Dr Ronald Walcott, managing director of …, a cyber
// security firm, said". Of the comma-separated phrases before the cue,
// the nearest that is a person's name wins.
func (f *finder) appositive(pa *para, k, floor int) speaker {
	type seg struct{ a, b int }
	var segs []seg
	for b := k; b >= floor && len(segs) < 4; {
		a := b
		for a > floor {
			if f.brk(pa, a-1, a) || strings.Contains(f.gap(pa, a-1, a), ",") || pa.words[a-1].q >= 0 {
				break
			}
			a--
		}
		// A party tag stands between a lawmaker's name and what is said
		// of them: "Collins, R-Ga., the ranking member …, told".
		if !(a == b && partyTag(pa.words[a].key)) {
			segs = append(segs, seg{a, b})
		}
		if a == floor || a == 0 || f.brk(pa, a-1, a) || pa.words[a-1].q >= 0 {
			break
		}
		b = a - 1
	}
	isName := func(s seg, person bool) int {
		a := s.a
		if pa.words[a].key == "the" && a < s.b {
			a++
		}
		w := pa.words[s.b]
		if w.m < 0 {
			return -1
		}
		if person && pa.words[a].m != w.m && f.ents[f.ments[w.m].ent].Type == storybrief.Person && s.b-a <= 8 {
			// "House Judiciary Committee Chairman Jerry Nadler, D-N.Y.,
			// said": a title before the name, with no "for" or "of" that
			// would make the name another's ("a lawyer for John Smith")
			ms := mentionStart(pa, s.b)
			for k := a; k < ms; k++ {
				if linkers[pa.words[k].key] || pa.words[k].q >= 0 {
					return -1
				}
			}
			return w.m
		}
		if pa.words[a].m != w.m || mentionStart(pa, a) != a {
			return -1
		}
		if person && f.ents[f.ments[w.m].ent].Type != storybrief.Person {
			return -1
		}
		return w.m
	}
	for i, s := range segs {
		if m := isName(s, true); m >= 0 {
			return f.nameOf(m)
		}
		// "Gen. Lloyd Austin, who runs …" : the name ends the segment before
		// an appositive one.
		if i > 0 {
			if w := pa.words[s.b]; w.m >= 0 && f.ents[f.ments[w.m].ent].Type == storybrief.Person && appositives[pa.words[segs[i-1].a].key] {
				return f.nameOf(w.m)
			}
		}
	}
	first := segs[0]
	if m := isName(first, false); m >= 0 {
		if f.ents[f.ments[m].ent].Type == storybrief.Place {
			// "U.S. District Judge Haywood Gilliam in Oakland, Calif.,
			// said": a state names where the speaker is, never who; the
			// person before the place speaks
			if len(segs) > 1 {
				for k := segs[1].b; k >= segs[1].a; k-- {
					if w := pa.words[k]; w.m >= 0 && f.ents[f.ments[w.m].ent].Type == storybrief.Person {
						return f.nameOf(w.m)
					}
				}
				// "Police in Washington, D.C., say", "the city of
				// Jacksonville, Florida, announced"
				return f.subjectEndingAt(pa, segs[1].b, floor)
			}
			return none
		}
		return f.nameOf(m)
	}
	if len(segs) > 1 && (appositives[pa.words[first.a].key] || isNumber(pa.words[first.a].key)) {
		if w := pa.words[segs[1].b]; w.m >= 0 {
			return f.nameOf(w.m)
		}
		return f.subjectEndingAt(pa, segs[1].b, floor)
	}
	return none
}

func isNumber(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if k[i] < '0' || k[i] > '9' {
			return false
		}
	}
	return true
}

// adverbial reports whether k reads as an adverb: "newly", "later".
func adverbial(k string) bool {
	return strings.HasSuffix(k, "ly") || k == "later" || k == "since" || k == "first"
}

// hasNoun reports whether words a..b hold a word that is no adverb, so
// that a participle after them follows a noun ("a report released"), not
// an adverb before one ("a newly released transcript").
func hasNoun(pa *para, a, b int) bool {
	for k := a; k <= b; k++ {
		if !adverbial(pa.words[k].key) {
			return true
		}
	}
	return false
}

// obtainedBy are participles that end a source's phrase: "according to
// the ruling obtained by The Hill".
var obtainedBy = wordSet(`obtained reviewed seen published released cited issued filed signed sent posted leaked shared
provided viewed quoted`)

// writtenWorks are what a verb of writing makes: after "wrote a", no
// speaker follows; and their maker is their source ("a statement issued
// by the FDA", "a book by John Rossman").
var writtenWorks = wordSet(`letter letters memo memos statement statements note notes op-ed column post posts tweet tweets
email emails essay book article piece message messages blog editorial release releases announcement`)

// tallies are counts whose maker is named as their source: according to a
// tally by Johns Hopkins University, according to the latest NBC News
// tally.
var tallies = wordSet(`tally count counts estimate estimates figures data survey poll polls calculation calculations
analysis tracker database`)

// post finds the speaker named after the cue at word c: "said Kerry",
// "said State Department spokeswoman Jen Psaki", "said the official". It
// looks no further than word ceil (exclusive).
func (f *finder) post(pa *para, c, ceil int) speaker {
	j := c + 1
	if pa.words[c].key == "according" {
		j = c + 2
	}
	if j >= ceil || j >= len(pa.words) || pa.words[j].q >= 0 || f.brk(pa, j-1, j) {
		return none
	}
	w := pa.words[j]
	if pronouns[w.key] {
		return f.pronoun(pa, j)
	}
	if times[w.key] || prepositions[w.key] {
		return none // "admitted Sunday to meeting …": when, not who
	}
	// "wrote a letter Monday calling on …", "issued a statement": what the
	// cue made, not who spoke ("according to a statement" names its source).
	if determiners[w.key] && pa.words[c].key != "according" && j+1 < len(pa.words) && writtenWorks[pa.words[j+1].key] {
		return none
	}
	// The words of the phrase: up to a comma, a boundary or, after a
	// determiner, a preposition ("a dispatcher on Broadcastify").
	end := j
	for end+1 < ceil && end+1 < len(pa.words) && end-j < 7 && pa.words[end+1].q < 0 {
		g := f.gap(pa, end, end+1)
		nx := pa.words[end+1]
		if f.brk(pa, end, end+1) && strings.Trim(g, " ()") != "" || strings.Contains(g, ",") || stop[nx.key] && nx.m < 0 {
			break
		}
		if determiners[w.key] && end > j && writtenWorks[pa.words[end].key] {
			// "a statement issued by the FDA", "a tweet by the city's
			// mayor": who made it speaks.
			if who := f.madeBy(pa, end+1, ceil); who.ok() {
				return who
			}
		}
		if determiners[w.key] && end > j && obtainedBy[nx.key] && hasNoun(pa, j+1, end) {
			// "the ruling obtained by The Hill": the ruling ("a
			// proclamation later issued": the proclamation).
			for end > j+1 && adverbial(pa.words[end].key) {
				end--
			}
			break
		}
		if sourceLink(pa.words[end].key, nx.key) {
			end++ // "two people familiar with the matter", "a person close to the campaign"
			continue
		}
		if m := pa.words[end].m; m >= 0 && nx.m == m {
			end++ // "the Centers for Disease Control and Prevention": a name runs on past its preposition
			continue
		}
		if determiners[w.key] && prepositions[nx.key] && nx.key != "of" {
			// "a tally by Johns Hopkins University": a count's maker is
			// its source (an affidavit or a report is one of its own).
			if k := end + 2; (nx.key == "by" || nx.key == "from") && tallies[pa.words[end].key] && k < ceil && k < len(pa.words) && !f.brk(pa, end+1, k) {
				if determiners[pa.words[k].key] && k+1 < ceil && k+1 < len(pa.words) {
					k++
				}
				if m := pa.words[k].m; m >= 0 && mentionStart(pa, k) == k {
					return f.nameOf(m)
				}
			}
			break
		}
		end++
	}
	// "a report Sunday", "a report out Friday", "data published Monday":
	// when and how it came out is no part of the source
	if end > j && weekdays[pa.words[end].key] {
		end--
		for end > j && (pa.words[end].key == "out" || pa.words[end].key == "on" || strings.HasSuffix(pa.words[end].key, "ed") && pa.words[end].m < 0) {
			end--
		}
	}
	// "the Associated Press": a name after a determiner.
	if determiners[w.key] && j < end && pa.words[j+1].m >= 0 && mentionStart(pa, j+1) == j+1 && mentionEnd(pa, j+1) == end {
		return f.nameOf(pa.words[end].m)
	}
	// "the latest NBC News tally", "a New York Times tracker": the count's
	// maker, named right before it.
	if determiners[w.key] && tallies[pa.words[end].key] && end > j+1 {
		if m := pa.words[end-1].m; m >= 0 && mentionEnd(pa, end-1) == end-1 && mentionStart(pa, end-1) > j {
			return f.nameOf(m)
		}
	}
	// A person named in the phrase, else the first name in it.
	first := none
	for k := j; k <= end; k++ {
		if m := pa.words[k].m; m >= 0 {
			s := f.nameOf(m)
			if f.isPerson(s) {
				return s
			}
			if !first.ok() && !determiners[w.key] {
				first = s
			}
		}
	}
	if first.ok() {
		return first
	}
	if stop[w.key] || prepositions[w.key] && !determiners[w.key] {
		return none
	}
	if !determiners[w.key] {
		// "said sonny mehta, editor in chief": a few words up to a comma.
		k := j
		for k < end && !prepositions[pa.words[k+1].key] {
			k++
		}
		if k-j >= 3 {
			return none
		}
		end = k
	}
	return f.phrase(j, end, pa)
}

// personPhrase returns the phrase that opens words lo..hi when it names
// one person by what they are ("A volunteer", "the woman", "a Jewish
// man"): a determiner, then within four words a singular noun for a
// person (onePerson), before any name, preposition or verb; none
// otherwise.
func (f *finder) personPhrase(pa *para, lo, hi int) speaker {
	if lo >= hi || !determiners[pa.words[lo].key] || pa.words[lo].q >= 0 {
		return none
	}
	for k := lo + 1; k < hi && k-lo <= 4; k++ {
		w := pa.words[k]
		if stop[w.key] || prepositions[w.key] || w.m >= 0 || w.q >= 0 || f.brk(pa, k-1, k) || strings.Contains(f.gap(pa, k-1, k), ",") {
			return none
		}
		if onePerson(w.key) {
			return f.phrase(lo, k, pa)
		}
	}
	return none
}

// onePerson reports whether k names one person by what they are: a role
// ("the ambassador"), a noun for a person ("a volunteer", "the woman"),
// not several ("officials", "the legal team") nor a thing that a
// person's ending misleads on ("the destroyer", "a merger").
func onePerson(k string) bool {
	return roles[k] || personHeads[k] || gender.OfPhrase(k) != gender.Unknown || peopleNouns[k] && !collectives[k] && k != "people"
}

// collectives are nouns for people that are several: "the legal team" is
// no "he".
var collectives = wordSet(`team office staff family`)

// personHeads are nouns for one person that neither roles nor
// peopleNouns hold.
var personHeads = wordSet(`volunteer witness victim survivor neighbor neighbour teacher student doctor nurse
officer driver passenger suspect spokesman spokeswoman spokesperson lawyer attorney reporter journalist
worker employee manager owner teenager child patient soldier pilot activist analyst aide`)

// partyTag reports whether k (lower case) is a party and state tag after a
// lawmaker's name: "d-n.y", "r-ky", "i-vt".
func partyTag(k string) bool {
	return len(k) >= 4 && (k[0] == 'd' || k[0] == 'r' || k[0] == 'i') && k[1] == '-' && strings.Trim(k[2:], "abcdefghijklmnopqrstuvwxyz.") == ""
}

// objectPronouns name no one who speaks.
var objectPronouns = wordSet(`him her them us me it its this that these those`)

// modifies reports whether the name whose first word is word i stands
// before a noun it only qualifies ("a bill backed by the Obama
// administration, he called it") or opens a compound ("Obama-era rules he
// says do too little"): no one the pronoun after it can be.
func (f *finder) modifies(pa *para, i int) bool {
	j := i
	for j+1 < len(pa.words) && pa.words[j+1].m == pa.words[i].m {
		j++
	}
	if end := f.ments[pa.words[j].m].End; end < pa.words[j].e && f.text()[end] == '-' {
		return true
	}
	return j+1 < len(pa.words) && qualified[pa.words[j+1].key]
}

// qualified are the nouns that a person's name qualifies: the Obama
// administration, the Trump campaign, the Biden era.
var qualified = wordSet(`administration administrations campaign campaigns presidency era years government team camp
doctrine agenda`)

// quoted reports whether offset off is inside quotation marks in a
// paragraph read so far.
func (f *finder) quoted(off int) bool {
	i, _ := slices.BinarySearchFunc(f.quotedSpans, off, func(s storybrief.Span, off int) int { return cmp.Compare(s.Start, off+1) })
	return i > 0 && off < f.quotedSpans[i-1].End
}

func startsUpper(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}
