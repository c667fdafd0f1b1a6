package entity

import "strings"

// The word lists below are the package's gazetteer: read-only tables built
// once from the literals, keyed by normalized (lower-cased, dot-free) words.

// wordSet builds a set from white-space-separated words.
func wordSet(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, ws := range words {
		for _, w := range strings.Fields(ws) {
			m[strings.ReplaceAll(w, "_", " ")] = true
		}
	}
	return m
}

// titleHeads are words that end a title before a person's name (President
// Obama, Gen. Lloyd Austin, Ayatollah Ali Khamenei).
var titleHeads = wordSet(`
president secretary minister leader ambassador ayatollah sheikh sheik gen sen senator rep representative
gov governor mayor judge justice chancellor director chairman chairwoman chairperson commissioner
speaker king queen prince princess duke duchess pope mr mrs ms miss dr prof professor rev reverend
sir dame lord lady lt col capt sgt maj adm cmdr cpl pvt lieutenant colonel captain sergeant admiral
commander officer detective sheriff councilman councilwoman councillor councilor assemblyman
assemblywoman congressman congresswoman pastor father bishop archbishop cardinal rabbi imam emir
coach agent trooper premier ceo supervisor inspector superintendent constable corporal envoy spokesman
spokeswoman spokesperson mullah cleric chief dean delegate deputy attorney emperor empress sultan
crown_prince mme mlle herr senora president-elect secretary-general attorney-general solicitor-general
taoiseach tanaiste tánaiste
presidents ministers senators leaders generals supt insp det cst mp mep msp mla
counsel sens reps govs messrs atty brig
`)

// titleAbbrevs are the titles written short with a period (Sen., Gen.,
// Dr.), which the period does not end: after "Justice." or "President." a
// sentence ends.
var titleAbbrevs = wordSet(`
gen sen sens rep reps gov govs mr mrs ms messrs dr prof rev lt col capt sgt maj adm cmdr cpl pvt supt insp
det cst mme mlle pres sec atty gens brig
`)

// titleMods are words that may come before a title head inside a title
// (Vice President, Supreme Leader, Foreign Minister, Attorney General).
var titleMods = wordSet(`
vice deputy under assistant associate acting former supreme foreign defense defence interior finance
prime attorney press grand crown first chief senior district executive managing
majority minority health home treasury education transportation energy labor labour
commerce homeland special general lt lieutenant staff head interim financial operating medical
technology information marketing
`)

// titleGeneral are the heads that only count after a modifier (Attorney
// General, Surgeon General): alone they start names (General Motors).
var titleAfterMod = wordSet(`general surgeon`)

// institutions are the heads that make a post's name an organization's:
// the Secretary of State's Office.
var institutions = wordSet(`office department ministry bureau agency commission service`)

// orgHeads are last words that make a name an organization's.
var orgHeads = wordSet(`
department ministry institution institute university college school academy party council committee
commission agency association corporation corp inc co company group bank journal times post news press
herald tribune guardian telegraph daily review magazine network broadcasting radio television tv
army navy force forces command coalition union organization organisation federation league court
congress senate parliament assembly house administration bureau office foundation fund center centre
service services club team police church hospital board authority alliance movement front brigade
brigades guard guards corps society trust partners holdings industries airlines airways motors
systems technologies labs laboratories studios records entertainment media capital ventures cabinet
embassy consulate secretariat legislature government reserve exchange museum library co-op cooperative
llc ltd plc ag gmbh sa nv brothers bros institutions clinic stores restaurants observatory program panel centers
programme project initiative council conference caucus schools hotels resorts affairs
airline pac solutions consulting foods brands pharmaceuticals resources logistics
insurance realty properties democrats republicans dems globe gazette chronicle inquirer examiner
sentinel courier observer dispatch ledger sun mercury enquirer sun-times star-telegram star-ledger
circuit division airborne fleet infantry battalion regiment precinct international nation brotherhood
`)

// placeHeads are last words that make a name a place's.
var placeHeads = wordSet(`
county city province region street avenue road boulevard river lake sea ocean gulf bay mountain
mountains island islands valley airport square bridge peninsula coast strait desert canyon beach
heights hills falls harbor harbour township village borough parish territory territories states
kingdom republic park county state-park highway freeway plaza district drive lane parkway
turnpike expressway trail terrace circle route town sound area garden gardens
palace castle cathedral mosque temple stadium arena
`)

// otherHeads are last words of named events, laws and works.
var otherHeads = wordSet(`
war wars games olympics cup championship championships festival awards award act accord accords
agreement treaty summit revolution crisis prize series show day week month year storm hurricane
amendment eve depression recession
`)

// places are countries, their capitals and other large cities, US states
// and regions, by normalized name.
var places = wordSet(`
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
bulgaria burkina_faso burundi cambodia cameroon canada chad chile china colombia comoros congo
costa_rica croatia cuba cyprus czech_republic czechia denmark djibouti dominica dominican_republic
ecuador egypt el_salvador eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia
germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
iran iraq ireland israel italy ivory_coast jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar
malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia
montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands holland new_zealand
nicaragua niger nigeria north_korea north_macedonia macedonia norway oman pakistan palau palestine
panama papua_new_guinea paraguay peru philippines poland portugal qatar romania russia rwanda
saint_lucia st_lucia samoa san_marino saudi_arabia senegal serbia seychelles sierra_leone singapore
slovakia slovenia somalia south_africa south_korea south_sudan spain sri_lanka sudan suriname sweden
switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad trinidad_and_tobago tobago
tunisia turkey turkmenistan tuvalu uganda ukraine united_arab_emirates uae uzbekistan vanuatu
venezuela vietnam yemen zambia zimbabwe scotland wales england northern_ireland puerto_rico
greenland hong_kong macau tibet kurdistan crimea gaza gaza_strip west_bank golan_heights sinai
antigua st_kitts nevis anguilla bermuda cayman_islands turks_and_caicos guadeloupe martinique
curacao aruba guam capitol_hill capitol us_capitol
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico new_york
north_carolina north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina
south_dakota tennessee texas utah vermont virginia washington west_virginia wisconsin wyoming
washington_dc dc ala ariz ark calif colo conn fla ill kan ky md mich minn neb nev okla tenn tex vt wis wyo
london paris berlin madrid rome moscow beijing tokyo delhi new_delhi mumbai karachi lahore islamabad
harare lusaka maputo luanda gaborone windhoek kabul tehran baghdad damascus beirut amman cairo riyadh jeddah mecca medina doha dubai abu_dhabi
ankara istanbul jerusalem tel_aviv gaza_city ramallah aleppo homs raqqa mosul fallujah tikrit erbil
basra kirkuk sanaa aden tripoli benghazi tunis algiers rabat casablanca khartoum nairobi lagos abuja
accra johannesburg cape_town pretoria kinshasa addis_ababa mogadishu kampala kigali dakar
vienna geneva zurich bern brussels amsterdam the_hague copenhagen stockholm oslo helsinki warsaw
prague budapest bucharest sofia athens lisbon dublin edinburgh belfast manchester liverpool
birmingham glasgow kyiv kiev minsk tbilisi yerevan baku sevastopol donetsk luhansk kharkiv odesa
odessa mariupol lviv vilnius riga tallinn belgrade zagreb sarajevo ljubljana skopje tirana
chisinau almaty astana tashkent bishkek dushanbe ashgabat
shanghai hong_kong_island guangzhou shenzhen wuhan taipei seoul pyongyang osaka manila jakarta
bangkok hanoi ho_chi_minh_city singapore_city kuala_lumpur yangon dhaka kathmandu colombo
sydney melbourne brisbane perth auckland wellington
ottawa toronto montreal vancouver mexico_city havana caracas bogota lima quito santiago
buenos_aires montevideo brasilia rio_de_janeiro sao_paulo la_paz kingston port-au-prince
camp_david port_of_spain bridgetown nassau castries basseterre st_georges belmopan panama_city managua
san_jose san_salvador tegucigalpa guatemala_city santo_domingo san_juan
new_york_city los_angeles chicago houston phoenix philadelphia san_antonio san_diego dallas
austin jacksonville san_francisco columbus fort_worth indianapolis charlotte seattle denver boston
el_paso detroit nashville portland memphis oklahoma_city las_vegas louisville baltimore milwaukee
albuquerque tucson fresno sacramento atlanta miami oakland minneapolis tulsa cleveland
new_orleans tampa honolulu pittsburgh cincinnati st_louis orlando anchorage raleigh richmond
napa sonoma brooklyn manhattan queens bronx harlem silicon_valley hollywood
middle_east europe asia africa america north_america south_america latin_america central_america
caribbean the_caribbean pacific atlantic arctic antarctica mediterranean balkans scandinavia
levant sahel persian_gulf gulf_states arabian_peninsula east_asia southeast_asia south_asia
central_asia west_africa east_africa north_africa sub-saharan_africa eastern_europe
western_europe midwest new_england the_west the_east horn_of_africa korean_peninsula
`)

// demonyms are words for nationalities, faiths and sides: adjectives, not
// entities (Iranian Foreign Minister, Sunni states).
var demonyms = wordSet(`
american americans iranian iranians iraqi iraqis syrian syrians israeli israelis palestinian
palestinians saudi saudis british french german germans russian russians chinese japanese korean
koreans turkish turk turks egyptian egyptians jordanian lebanese afghan afghans pakistani pakistanis
indian indians mexican mexicans canadian canadians australian australians european europeans african
africans asian asians arab arabs arabic kurdish kurd kurds sunni sunnis shia shias shiite shiites
shi'ite muslim muslims christian christians jewish jew jews catholic catholics protestant
protestants islamic western eastern northern southern qatari emirati yemeni yemenis libyan libyans
ukrainian ukrainians polish italian italians spanish greek irish scottish welsh english dutch swiss
swedish norwegian danish finnish belgian austrian hungarian czech romanian bulgarian serbian
croatian bosnian albanian cuban cubans venezuelan brazilian argentine argentinian colombian chilean
peruvian haitian jamaican jamaicans trinidadian bahamian barbadian nigerian nigerians kenyan
ethiopian somali sudanese south_african filipino indonesian vietnamese thai malaysian burmese
bangladeshi nepali sri_lankan tibetan uighur uyghur uighurs uyghurs persian persians latino latina
latinos hispanic hispanics asian-american african-american democrat democrats republican republicans
democratic liberal conservative conservatives liberals progressive progressives labour tory tories
alawite alawites druze hindu hindus buddhist buddhists sikh sikhs evangelical evangelicals mormon
yazidi yazidis christian-democrat ottoman soviet allied middle_eastern latin_american north_american
south_american central_american north_korean north_koreans south_korean south_koreans
islamist islamists jihadist jihadists salafist salafists
tunisian tunisians moroccan moroccans algerian algerians omani omanis bahraini bahrainis kuwaiti kuwaitis
emiratis qataris eritrean eritreans ugandan ugandans tanzanian rwandan congolese ghanaian senegalese malian
chadian cameroonian zimbabwean zimbabweans zambian angolan mozambican namibian uzbek kazakh tajik kyrgyz
turkmen azerbaijani armenian armenians belarusian moldovan lithuanian latvian estonian slovak slovenian
montenegrin kosovar icelandic portuguese taiwanese singaporean cambodian laotian mongolian nepalese
bolivian ecuadorian paraguayan uruguayan guatemalan guatemalans honduran hondurans salvadoran salvadorans
nicaraguan panamanian puerto_rican puerto_ricans
`)

// firstNames are given names common in the news, a cue that a name is a
// person's.
var firstNames = wordSet(`
aaron abdul abdullah abe abigail abraham adam adrian ahmad ahmed aisha alan albert alex alexander
alexandra alexis alfred ali alice alicia alison allen amanda amber amy ana andrea andrew andy angela
angelina ann anna anne annie anthony antonio april arthur ashley ashton audrey austin barack barbara
barry bashar ben benjamin bernie beth betty bill billy bob bobby bonnie boris brad bradley brandon
brenda brendan brett brian bridget brittany brooke bruce bryan caitlin calvin cameron carl carla
carlos carmen carol caroline carolyn catherine cathy charles charlie charlotte chelsea cheryl chris
christian christina christine christopher chuck cindy claire clara claude clint cody colin connie
connor craig crystal curtis cynthia dale dan dana daniel danielle danny darren dave david dawn dean
deborah debbie denis dennis derek diana diane dick dmitry dominic don donald donna doris doug douglas
dylan earl ed eddie edgar edith edward elaine eleanor elena eli elijah elizabeth ellen elliot emily
emma emmanuel eric erica erik erin ernest ethan eugene eva evan evelyn frances francis francisco
frank fred frederick gabriel gary gavin gene george gerald gina glen glenn gloria gordon grace graham
greg gregory hamid hannah harold harry hassan hazel heather heidi helen henry hillary holly howard
hugh hussein ian irene isaac isabel ivan jack jackie jacob jacqueline jake james jamie jan jane janet
janice jared jason javier jay jean jeff jeffrey jen jenna jennifer jenny jeremy jerome jerry
jesse jessica jill jim jimmy jo joan joanne joe joel john johnny jon jonathan jordan jorge jose
joseph josh joshua joy joyce juan judith judy julia julian julie justin karen karl kate katherine
kathleen kathryn kathy katie kay keith kelly ken kenneth kevin khalid kim kimberly kirk kristen kurt
kyle larry laura lauren lawrence lee leo leon leonard leslie lewis liam lily linda lisa lloyd logan
lois lori louis louise lucas lucy luis luke lynn madeline malik mandy marc marco marcus margaret
maria marie marilyn mario marion mark marshall martha martin marvin mary mason matt matthew maureen
max megan melanie melissa michael michelle miguel mike mitch mitchell mohamed mohammad mohammed
monica muhammad nancy naomi natalie nathan neil nicholas nick nicole nikki noah norman oliver
olivia omar oscar pamela pat patricia patrick paul paula pedro peggy penny peter phil philip
phillip rachel ralph randy ray raymond rebecca regina rex richard rick rob robert roberto robin
rodney roger ron ronald rosa rose ross roy ruby russell ruth ryan sally sam samantha samuel sandra
sara sarah scott sean sergei seth shane shannon sharon shawn sheila shirley sophia stacy stanley
stephanie stephen steve steven stuart susan suzanne sylvia tammy tanya tara ted teresa terry theodore
theresa thomas tim timothy tina todd tom tommy tony tracy travis trevor troy tyler valerie vanessa
vernon veronica victor victoria vincent virginia vladimir walter wanda warren wayne wendy wesley
whitney william willie xi yasmin yusuf zachary zoe angela narendra recep emmanuel justin shinzo
jair benjamin volodymyr xavier meghan harry kamala nikki mitt rand ted marco jeb hunter beto
pete elizabeth alexandria nancy chuck mitch kevin lindsey susan lisa joni mazie tammy cory amy
`)

// nonNames are capitalized words that never start or continue a name:
// days, months and words capitalized for other reasons.
var nonNames = wordSet(`
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec i i'm
i've i'd i'll ok okay mr. am pm a.m. p.m. et est pst gmt utc photo photos video watch read click
getty ap afp related advertisement editor's note update updated
`)

// functionWords are words that, capitalized at the start of a sentence,
// are only capitalized because they start it.
var functionWords = wordSet(`
a an the this that these those it its he she they we you i his her their our your my in on at by for
from with without to of and or but nor so yet as if when while after before since until because
although though however meanwhile also then there here what which who whom whose where why how all
some many most more much no not any each every both either neither one two three four five six
seven eight nine ten first second last next other another such only just even still now today
yesterday tomorrow tonight earlier later once again about above across against along among around
between beyond during inside into near off onto out outside over through throughout toward towards
under unlike up upon via within is are was were be been being has have had do does did will would
can could shall should may might must let like despite amid instead rather indeed perhaps maybe
according asked told said says yes no thanks please dear well oh hey among whether
`)

// aliasFamilies groups names that are the same entity by convention: the
// acronym families that no rule derives. Each line is one family; the
// first name is its key.
var aliasFamilies = [][]string{
	{"islamic state", "isis", "isil", "is", "daesh", "islamic state of iraq and syria", "islamic state of iraq and the levant", "islamic state group", "islamic state of iraq and al-sham"},
	{"united states", "us", "usa", "united states of america", "america"},
	{"united kingdom", "uk", "britain", "great britain"},
	{"united nations", "un"},
	{"european union", "eu"},
	{"soviet union", "ussr"},
	{"united arab emirates", "uae", "emirates"},
	{"al-qaeda", "al qaeda", "al-qaida", "al qaida", "qaeda", "aq"},
	{"hezbollah", "hizbollah", "hizballah"},
	{"the west", "west"},
	{"washington dc", "dc", "district of columbia"},
	{"new york city", "nyc"},
	{"democratic party", "democrats"},
	{"republican party", "gop", "republicans"},
	{"dow jones", "dow jones industrial average", "dow"},
}

// aliasType gives the type of each family's key.
var aliasType = map[string]string{
	"islamic state": "ORG", "united states": "PLACE", "united kingdom": "PLACE", "united nations": "ORG",
	"european union": "ORG", "soviet union": "PLACE", "united arab emirates": "PLACE", "al-qaeda": "ORG",
	"hezbollah": "ORG", "the west": "PLACE", "washington dc": "PLACE", "new york city": "PLACE",
	"democratic party": "ORG", "republican party": "ORG", "dow jones": "ORG",
}

// speechVerbs are verbs of saying that mark their subject as a speaker.
var speechVerbs = wordSet(`
said says say told tells added adds asked asks explained explains noted notes wrote writes tweeted
tweets argued argues insisted insists denied denies acknowledged acknowledges suggested suggests
stated states declared declares claimed claims warned warns continued recalled recalls replied
replies responded answered announced announces admitted admits confirmed confirms conceded
emphasized stressed observed remarked commented posted testified predicted urged vowed promised
cautioned complained concluded countered contended maintained agreed joked shouted reported
`)

// aliases maps every normalized alias to its family's key.
var aliases = func() map[string]string {
	m := map[string]string{}
	for _, f := range aliasFamilies {
		for _, n := range f {
			m[n] = f[0]
		}
	}
	return m
}()

// firstWords holds the first word of every name of several words that the
// gazetteer knows, so that lower-cased text is searched for longer names
// only where one may start.
var firstWords = func() map[string]bool {
	m := map[string]bool{}
	for k := range places {
		if i := strings.IndexByte(k, ' '); i > 0 {
			m[k[:i]] = true
		}
	}
	for k := range aliases {
		if i := strings.IndexByte(k, ' '); i > 0 {
			m[k[:i]] = true
		}
	}
	return m
}()

// knownOrgs are organizations that the news names with no word that says
// so (Twitter, Pfizer, Reuters, the Taliban), or with words that read as a
// person's name (Goldman Sachs) or break a name's run (Customs and Border
// Protection): companies, news outlets, pollsters, agencies and armed
// groups common in English-language news. (Names with "&" are one by
// their ampersand: see ampJoins.) Without the list they were
// untyped, and so left out of a brief's organizations. Multi-word names
// are written with underscores.
var knownOrgs = wordSet(`
twitter facebook meta google alphabet instagram youtube whatsapp tiktok snapchat reddit linkedin
microsoft apple amazon netflix disney spotify uber lyft airbnb paypal nvidia intel samsung huawei
alibaba tencent baidu xiaomi sony toyota volkswagen nissan honda hyundai boeing airbus lockheed
raytheon exxon exxonmobil chevron conocophillips halliburton pfizer moderna biontech astrazeneca
novavax merck gilead regeneron walmart costco kroger walgreens starbucks mcdonald's nike adidas
verizon comcast t-mobile jpmorgan citigroup citibank blackrock goldman_sachs morgan_stanley
wells_fargo bank_of_america berkshire_hathaway coca-cola pepsico
spacex openai anthropic purdue_pharma theranos enron
reuters bloomberg politico axios breitbart newsmax buzzfeed huffpost vox usa_today gallup ipsos rasmussen
quinnipiac marist yougov morning_consult pew_research_center
pentagon kremlin taliban hamas al-shabaab boko_haram antifa qanon proud_boys oath_keepers
likud ennahda zanu-pf fidesz syriza podemos sinn_fein fianna_fail fine_gael
ansar_al-sharia al-nusra nusra_front jabhat_al-nusra hayat_tahrir_al-sham houthis
yonhap tasnim xinhua kcna fedex border_patrol harvard yale princeton stanford al_qaeda al-qaeda al_shabaab al_jazeera al-jazeera
customs_and_border_protection immigration_and_customs_enforcement
deferred_action_for_childhood_arrivals
`)

// knownPeople are the surnames of people world news names by the surname
// alone, often with no given name anywhere in a story ("a disbelieving
// Trump", "Obama-era rules"): a bare one is a person. Only surnames that
// are no common word, place or given name are here (not Johnson, Harris,
// Jordan, May or Kim).
var knownPeople = wordSet(`
trump obama biden clinton pelosi mcconnell schumer mueller kavanaugh comey giuliani manafort
pompeo tillerson mattis kushner mnuchin bannon pence buttigieg ocasio-cortez tlaib kaepernick
desantis newsom cuomo fauci mccain romney rubio cruz
putin merkel macron netanyahu erdogan modi zelensky zelenskyy khamenei rouhani assad maduro
duterte bolsonaro trudeau corbyn sunak starmer lavrov navalny lukashenko orban
zuckerberg musk bezos epstein weinstein
`)

// knownOrgFirst holds the first word of each name of several words in
// knownOrgs, where a run may go on to one over a small word.
var knownOrgFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range knownOrgs {
		if first, _, ok := strings.Cut(k, " "); ok {
			m[first] = true
		}
	}
	return m
}()

// knownOrg reports whether key names a known organization, perhaps after
// its country (U.S. Customs and Border Protection, British Airways).
func knownOrg(key string) bool {
	if knownOrgs[key] {
		return true
	}
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' && countryWord(key[:i]) && knownOrgs[key[i+1:]] {
			return true
		}
	}
	return false
}

// countryWord reports whether k names a country or its people: a place,
// an alias (us, uk) or a demonym (british).
func countryWord(k string) bool { return places[k] || aliases[k] != "" || demonyms[k] }

// diseases are names that read as organizations by their capitals (COVID,
// HIV): they are untyped (OTHER), never an organization.
var diseases = wordSet(`covid covid-19 coronavirus sars sars-cov-2 mers hiv aids ebola zika mpox h1n1 omicron`)
