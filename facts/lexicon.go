package facts

import "strings"

// The lexicon is read-only after package initialization.

// stopText lists function words and the verbs of reporting: they carry no
// fact of their own.
const stopText = `a about above across after afterwards again against all almost alone along already also
although always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
be became because become becomes becoming been before beforehand behind being below beside besides between
beyond both but by can could did do does doing done down during each either else elsewhere enough etc even
ever every everyone everything everywhere except few for former formerly from further had has have having he
hence her here hereafter hereby herein hereupon hers herself him himself his how however i ie if in indeed
into is it its itself just last latter latterly least less made many may me meanwhile might mine more
moreover most mostly much must my myself namely next nobody noone now nowhere of off often on once one only
onto or other others otherwise our ours ourselves out over own per perhaps rather re s same seem seemed
seeming seems several she should since so some somehow someone something sometime sometimes somewhere still
such t than that the their theirs them themselves then thence there thereafter thereby therefore therein
thereupon these they this those though through throughout thru thus to together too toward towards under
until up upon us very via was we well were what whatever when whence whenever where whereafter whereas
whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with
within would yet you your yours yourself yourselves like get got go going went new ll ve d m al mr mrs ms
dr gen sen rep gov st said says say saying tell tells according reported reports reporting report stated
anti
statement added adding noted noting asked told today yesterday tuesday monday wednesday
thursday friday saturday sunday morning afternoon evening night time times way ways thing things lot lots
really actually recently currently later earlier`

// negators negate the few content words that follow them.
var negators = set(`not no never nor neither none nobody nothing cannot without lack lacks lacked`)

// denials deny or dismiss what follows them in their clause.
var denials = set(`deny denies denied denying denial denials refute refutes refuted refuting unaware debunk
debunked debunks baseless unfounded unsubstantiated unproven dispute disputes disputed disputing contrary
rebut rebuts rebutted rebutting`)

// rebuttals are the words of denial that can answer a report or a claim:
// verbs and nouns, not the adjectives that describe one.
var rebuttals = set(`deny denies denied denying denial denials refute refutes refuted refuting debunk
debunked debunks debunking dispute disputes disputed disputing rebut rebuts rebutted rebutting dismiss
dismisses dismissed dismissing`)

// insistence is the verbs with which a speaker holds to a negation
// against a claim.
var insistence = set(`insist insists insisted insisting maintain maintains maintained maintaining argue argues
argued arguing contend contends contended counter counters countered stress stresses stressed`)

// plans, denied, are denied to exist.
var plans = set(`plan plans`)

// verbDenials are the verbs of denial that take a clause.
var verbDenials = set(`deny denies denied denying refute refutes refuted refuting`)

// falsifiers call the claim next to them false.
var falsifiers = set(`false bogus baseless unfounded unsubstantiated unproven debunked discredited dubious
fake phony fabricated untrue fictitious`)

// myths call what their sentence tells of false wherever it stands: "The
// idea that one side of the brain is dominant is a myth".
var myths = set(`myth myths fabrication fabrications hoax hoaxes`)

// evidence is what "no" can deny the sign of, with what follows it: "no
// evidence that the systems were compromised".
var evidence = set(`evidence sign signs indication indications proof suggestion`)

// truthCompounds make "truth" before them part of a name for a person or
// a thing: "a truth teller", "truth serum".
var truthCompounds = set(`teller tellers telling serum seeker seekers squad`)

// ingNouns end in -ing but name things, not acts: after a denial they are
// what was withheld ("a couple denied wedding cake"), not what was denied
// having been done.
var ingNouns = set(`wedding building meeting funding hearing briefing ruling spending housing training
clothing evening morning feeling setting offering opening landing warning rating parking earnings
savings financing`)

// determiners negate the noun phrase that follows them ("no military
// cooperation"); other negators negate the word that follows.
var determiners = set(`no none nobody nothing without lack lacks lacked`)

// lightVerbs pass a negation on to the noun phrase after them ("did not
// have proper gear").
var lightVerbs = set(`have has had be is are was were been being get got`)

// dismissals deny what follows them only when it is a claim ("dismissing
// the allegations", "to control rumors about election fraud", "quashed
// the reports"); a court that dismisses a case denies nothing.
var dismissals = set(`dismiss dismisses dismissed dismissing quash quashes quashed quashing squash squashed
control controlling tamp tamping`)

// timeUnits follow a number that counts time ("in 24 hours").
var timeUnits = set(`second seconds minute minutes hour hours day days week weeks month months year years decade decades`)

// measureWords are units of measure, each with its canonical name: after a
// number they say how it is counted ("49 percent", "50 mph", "380
// miles"), not what it counts.
var measureWords = map[string]string{
	"percent": "percent", "pct": "percent", "percentage": "percent",
	"point": "point", "points": "point",
	"mph": "mph", "kph": "kph", "knots": "knot", "knot": "knot",
	"mile": "mile", "miles": "mile", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km", "km": "km",
	"foot": "foot", "feet": "foot", "ft": "foot", "inch": "inch", "inches": "inch", "yard": "yard", "yards": "yard",
	"meter": "meter", "meters": "meter", "metre": "meter", "metres": "meter",
	"pound": "pound", "pounds": "pound", "lb": "pound", "lbs": "pound", "kilogram": "kg", "kilograms": "kg", "kg": "kg",
	"ton": "ton", "tons": "ton", "tonne": "ton", "tonnes": "ton",
	"gallon": "gallon", "gallons": "gallon", "liter": "liter", "liters": "liter", "litre": "liter", "litres": "liter",
	"acre": "acre", "acres": "acre", "degree": "degree", "degrees": "degree", "cent": "cent", "cents": "cent",
	"karat": "karat", "karats": "karat", "kt": "karat",
}

// fractions are the words that make a number before them a share: "two
// thirds", "one quarter", "three-fifths", each with its denominator.
var fractions = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

// increments after a number make it an addition to a figure told
// elsewhere ("three additional counts", "two more people").
var increments = set(`additional more other further extra another`)

// bearings say where or which way a measure reaches ("36 miles northeast
// of Seattle", "380 miles away", "30 feet long"), not what it measures.
var bearings = set(`away north south east west northeast northwest southeast southwest northern southern
eastern western offshore inland apart long high wide tall deep across`)

// auxiliaries join a count to what befell it ("were killed").
var auxiliaries = set(`were was are is have has had`)

// refusals, before "to", refuse what follows ("refused to deny").
var refusals = set(`refused refuses refusing declined declines declining`)

// withheld are what a denial can withhold instead of deny ("denied
// bail").
var withheld = set(`money funds funding grants bail entry access permit permits permission visa visas
service services benefits communion parole tenure admission coverage request requests application applications
motion motions appeal appeals petition petitions asylum bond ban bid bids license licence
aircraft plane lawsuit lawsuits suit suits demand demands`)

// claims are what a dismissal can deny.
var claims = set(`allegation allegations claim claims report reports accusation accusations charge charges
idea notion suggestion suggestions speculation rumor rumors rumour rumours story`)

// antonyms state a concept negated: "lied" is "not true", "lost" is "not
// won", "declined" is "not increased", "opposes" is "does not support".
var antonyms = map[string]string{
	"lie": "true", "lies": "true", "lied": "true", "liar": "true", "lying": "true", "false": "true",
	"falsely": "true", "untrue": "true", "fake": "true", "fabricated": "true", "misleading": "true",
	"lose": "win", "lost": "win", "losing": "win", "loses": "win",
	"decrease": "increase", "decreased": "increase", "fall": "increase", "fell": "increase", "falls": "increase",
	"drop": "increase", "dropped": "increase", "decline": "increase", "declined": "increase", "declining": "increase",
	"slide": "increase", "slid": "increase", "shrink": "increase", "shrank": "increase",
	"oppose": "support", "opposes": "support", "opposed": "support", "opposition": "support",
	"acquit": "convict", "acquittal": "convict", "acquitted": "convict",
}

// scopeEnds end the scope of a negation.
var scopeEnds = set(`but while although though whereas which who whom because since as after before if when
what than yet unless until whether where`)

// prepositions end the scope of a negator (not of a denial).
var prepositions = set(`about with to for of in on from between against into at by among across`)

// clauseStarts open a new clause after a comma.
var clauseStarts = set(`while but although though whereas and as after before because since when saying
adding noting including even`)

// asides open a clause that describes rather than states, after a comma.
var asides = set(`which who whose where`)

// contradictions mark a sentence that sets one report against another.
var contradictions = []string{
	"flies in the face of", "fly in the face of", "flew in the face of", "contradicts", "contradicted",
	"contradicting", "contrary to", "at odds with", "despite denials", "despite the denials", "is disputed",
	"was disputed", "disputed by", "cast doubt", "casts doubt", "not true", "no evidence",
}

// contraWords are the words of the contradictions: a sentence without one
// has none.
var contraWords = set(`face contradicts contradicted contradicting contrary odds denials disputed cast casts
true evidence`)

// hedges make the number after them approximate.
var hedges = set(`about nearly almost roughly approximately around over some close upwards under
estimated just`)

// expectations make the numbers after them forecasts.
var expectations = set(`forecast forecasts forecasted forecasting expected expect expects expecting expectation
expectations projected projects projection projections predicted predicts predict prediction predictions anticipated
consensus`)

// rangeJoins join the two figures of a range ("between 17 and 20", "17 to
// 20").
var rangeJoins = set(`and to or`)

// labels are nouns a number after which names, not counts ("night two",
// "game 7", "Section 230", "Flight 370").
var labels = set(`night day game round stage phase part chapter section article title page number no
flight level category grade class room district episode season act question proposition prop item step
volume exit route highway interstate terminal gate tier lane row seat ward pier apollo`)

// Phrases that qualify what a figure counts: two figures under different
// ones are two quantities (see qualifiersOf).
var (
	unadjustedPhrases = []string{"before adjusting", "before seasonal adjustment", "not seasonally adjusted",
		"unadjusted", "without adjusting", "non-seasonally"}
	adjustedPhrases = []string{"seasonally adjusted", "seasonally-adjusted", "adjusted for seasonal",
		"adjusting for seasonal", "seasonal swings factored"}
	corePhrases  = []string{"core", "excluding", "excludes", "controlling for", "stripping out", "strips out", "not counting", "minus food"}
	indexPhrases = []string{"heat index", "wind chill", "feels like"}
	realPhrases  = []string{"inflation-adjusted", "adjusted for inflation", "in real terms", "after inflation"}
	// thenPhrases date a figure to a time gone by ("only six years old at
	// the time" against "now 28 years old")
	thenPhrases = []string{"at the time", "back then", "at that time"}
	// tentativePhrases count what is not yet confirmed ("more than 360
	// possible cases" against "38 confirmed cases")
	tentativePhrases = []string{"possible cases", "suspected", "probable", "presumptive", "presumed"}
	// primeTimePhrases count a broadcast's evening hours ("1.9 million
	// prime-time viewers" against "1.4 million total-day viewers")
	primeTimePhrases = []string{"prime time", "prime-time", "primetime"}
)

// speakerTitles are words of a speaker's name that do not tell one person
// from another (see sameSpeaker).
var speakerTitles = set(`the a an president vice secretary sen senator rep representative gov governor
defense state attorney general chief minister prime mr mrs ms dr former top white house wh press
spokesman spokeswoman spokesperson justice judge mayor ambassador leader majority minority speaker
lawyer official officials director ceo chairman chairwoman u.s us federal acting deputy`)

// lowerBounds make the number after them a lower bound.
var lowerBounds = set(`over more least exceeding exceeded above topped tops top surpassed beyond past`)

// magnitudes scale the number before them.
var magnitudes = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
	"trillion": 1e12, "trillions": 1e12, "k": 1e3, "m": 1e6, "bn": 1e9, "dozen": 12,
}

// numberWords are numbers written as words.
var numberWords = map[string]float64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

// reportVerbs introduce what someone said, wrote or reported.
var reportVerbs = set(`said says say told tells tweeted wrote writes reported argued argues claimed
insisted insists insist acknowledged acknowledges announced announces added warned warns suggested
suggests stated noted alleged alleges declared declares denied denies confirmed believes believe thinks
testified explained maintained maintains contended contends asserted asserts indicated revealed`)

// synonyms fold words that state the same predicate or thing into one
// concept; a word may stand for two concepts. Words are stemmed before
// lookup, so one form of each is enough where the stemmer joins the rest.
var synonymGroups = []string{
	"cooperate: coordinate coordination cooperate cooperation collaborate collaboration teamwork",
	"partner: partner partners partnership align alignment alliance",
	"discuss: discuss discussion talk talks conversation conversations contact contacts communicate communication dialogue meet met meeting inform informed informing",
	"negotiate: negotiate negotiation negotiations talk talks deal",
	"margin: margin margins sideline sidelines",
	"support: support supports supported supporting backing back backs backed ally allies allied bolster prop endorse",
	"help: help helps helped helping assist assistance aid facilitate facilitated contribute",
	"object: anger angry object objection objections unacceptable consternation upset outrage condemn condemned criticize criticism criticized denounce denounced slam slammed blast blasted backlash blowback",
	"fight: fight fighting battle combat war campaign counter struggle offensive",
	"threat: threat threats threaten threatens threatened danger dangerous endanger risk imperil menace",
	"warn: warn warns warned warning warnings caution",
	"enemy: enemy enemies foe foes adversary adversaries",
	"kill: kill killed killing dead death deaths die died slain fatally assassinate assassination",
	"wound: wound wounded injure injured injury hurt",
	"shoot: shoot shooting shot gunman gunfire",
	"pass: pass passed passage approve approved approval adopt adopted",
	"confirm: confirm confirmed confirmation",
	"convict: convict convicts convicted conviction guilty",
	"announce: announce announced announcement declare declared unveil unveiled",
	"release: release released publish published disclose disclosed reveal revealed",
	"increase: increase increased rise rose risen grow grew growth gain gained jump jumped soar soared surge surged climb climbed boost",
	"true: true truth truthful accurate",
	"convict: convict conviction convicted",
	"health: health healthy medical surgery ill illness sick hospital hospitalized incapacitated",
	"waive: waive waived waiver lift lifted lifting exempt exemption",
	"prior: prior previous preceding",
	"revise: revise revised revision",
	"record: record unprecedented highest",
	"hack: hack hacked hacker hackers hacking breach breached cyberattack infiltrate infiltrated intrusion",
	"ban: ban banned banning bar barred prohibit prohibited",
	"block: block blocked blocking stop stopped halt halted thwart",
	"invalidate: invalidate invalidated overturn overturned void scrap repeal repealed nullify",
	"reverse: reverse reversed reversal reversing shift shifted",
	"change: change changed changes modify modification modifications alter altered",
	"court: court courts",
	"rule: rule ruled ruling decision order ordered verdict judgment",
	"law: law laws act bill bills legislation measure measures package",
	"fund: fund funds funding spending money",
	"avert: avert averted avoid avoided prevent prevented stave",
	"win: win won winning victory victories triumph prevail",
	"lose: lose lost losing loss defeat defeated",
	"resume: resume resumed restart reopen reopened reinstate reinstated restore restored revive revived",
	"suspend: suspend suspended pause paused freeze froze frozen",
	"rescue: rescue rescued free freed extract extracted save saved",
	"accuse: accuse accused accusation accusations allegation allegations allege alleged charge",
	"attack: attack attacked attacks strike strikes airstrike airstrikes raid raids bombing assault operation operations",
	"resign: resign resigned resignation quit",
	"investigate: investigate investigation probe inquiry",
	"arrest: arrest arrests arrested apprehend apprehended detain detained detention encounter encounters encountered",
	"migrant: migrant migrants immigrant immigrants",
	"unemployment: unemployment jobless",
	"apply: apply applied application applications file filed submit submitted",
	"job: job jobs payroll payrolls hire hired hiring position positions",
	"economy: economy economic gdp",
	"evidence: evidence indication indications sign signs proof",
	"role: role involve involved involvement participate participation join joined part",
	"letter: letter letters wrote write correspondence memo memos",
	"coalition: coalition bloc",
	"shootdown: shootdown downing",
	"military: military army armed troops",
	"intelligence: intelligence spy surveillance reconnaissance",
	"candidate: candidate candidates candidacy run running bid hopeful hopefuls",
	"percent: percent percentage pct",
	"us: u.s. us usa america american americans washington",
	"iran: iran iranian iranians tehran",
	"iraq: iraq iraqi iraqis baghdad",
	"syria: syria syrian syrians damascus",
	"russia: russia russian russians moscow kremlin",
	"china: china chinese beijing",
	"israel: israel israeli israelis",
	"korea: korea korean koreans pyongyang",
	"saudi: saudi saudis riyadh",
	"isis: isis isil daesh",
	"un: u.n. un",
	"uk: u.k. uk britain british",
	"eu: e.u. eu european",
	"obamacare: obamacare aca",
}

// phrases are word sequences read as one word (its replacement).
var phrases = map[string]string{
	"islamic state":       "isis",
	"islamic republic":    "iran",
	"united states":       "u.s.",
	"united nations":      "u.n.",
	"white house":         "whitehouse",
	"supreme court":       "supremecourt",
	"affordable care act": "obamacare",
	"step down":           "resign",
	"stepped down":        "resign",
	"steps down":          "resign",
	"rule out":            "deny",
	"ruled out":           "deny",
	"rules out":           "deny",
	// answering an accusation: "pushed back on accusations" (not "hit
	// back at", "fired back at": a retort, most often an attack of its own)
	"push back on":           "deny",
	"pushed back on":         "deny",
	"pushes back on":         "deny",
	"pushing back on":        "deny",
	"push back against":      "deny",
	"pushed back against":    "deny",
	"pushes back against":    "deny",
	"pushing back against":   "deny",
	"swat down":              "deny",
	"swats down":             "deny",
	"swatted down":           "deny",
	"shut down":              "shutdown",
	"drop out":               "withdraw",
	"dropped out":            "withdraw",
	"drops out":              "withdraw",
	"dropping out":           "withdraw",
	"work together":          "cooperate",
	"working together":       "cooperate",
	"reach out":              "contact",
	"reached out":            "contact",
	"reaching out":           "contact",
	"thrown out":             "invalidate",
	"throw out":              "invalidate",
	"struck down":            "invalidate",
	"strike down":            "invalidate",
	"shoot down":             "shootdown",
	"shot down":              "shootdown",
	"blown out":              "shootdown",
	"jobless claims":         "unemployment claims",
	"gross domestic product": "gdp",
	"wall street journal":    "wsj",
	"new york times":         "nyt",
	"bring out":              "rescue",
	"bringing out":           "rescue",
}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
