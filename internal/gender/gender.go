// Package gender tells, where a given name or a title tells it, whether a
// person is a man or a woman, so that "he" and "she" can be matched to the
// people a story names. Names missing from its lists fit either pronoun.
package gender

import "strings"

// Gender is what a name, a title or a pronoun says of a person's sex.
type Gender int8

// The genders a name can tell.
const (
	Unknown Gender = iota
	Male
	Female
)

// Given names and titles that tell a person's sex; names missing here are
// taken to fit either pronoun.
var (
	femaleNames = set(`abigail aisha alexandra alexandria alice alicia alison amanda amber amy ana andrea angela
angelina ann anna anne annie april audrey barbara bernice beth betty bonnie brenda bridget brittany brooke
caitlin carla carmen carol caroline carolyn catherine cathy charlotte chelsea cheryl christina christine
cindy claire clara connie crystal cynthia dana danielle dawn debbie deborah debra dee diana diane donna
doris dorothy edith eleanor elena elizabeth ellen emily emma erica erin eva evelyn frances gayle gina gloria
grace hannah heather heidi helen hillary holly irene isabel jackie jacqueline jane janet janice jean jen
jenna jennifer jenny jessica jill joan joanne joni joy joyce judith judy julia julie kamala karen kate
katherine kathleen kathryn kathy katie kay kelly kim kimberly kristen kristy laura lauren laurence leigh
linda lisa lois lori louise lucy lynda lynn madeline mandy margaret maria marie marilyn marjorie martha mary
maureen mazie megan meghan melanie melissa michelle monica nancy naomi natalie nicola nicole nikki olivia
oprah pamela patricia paula peggy penny rachel raquel rebecca regina renada robin rosa rose roxanne ruby
ruth sally samantha sandra sara sarah sharon sheila shirley sophia stacy stephanie susan susie suzanne
sylvia tammy tanya tara teresa theresa tina valerie vanessa veronica victoria virginia wanda wendy whitney
yasmin zainab zoe carissa christine shannon dennise debbie alexandria angela theresa ursula
melania letitia rochelle kellyanne stormy tulsi betsy ilhan breonna liz shelley stacey sonia maxine kirstjen
kirsten kayleigh jeanine ivanka deanna jacinda rashida alyssa kyrsten cori norah elise karine roberta sheryl
dianne kristi megyn fiona neera jeanne ayanna shoshana agnes pam vera lillian diann leana felicity deb nadine`)
	maleNames = set(`aaron abdul abdullah abe abraham adam adrian ahmad ahmed alan albert alex alexander
alfred ali allen alvaro amery andrew andy anthony antonio arthur aubrey austin barack barry bashar ben
benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brett brian bruce bryan
calvin carl carlos charles charlie chris christopher chuck clint cody colin connor craig curtis dale dan
daniel danny darren dave david dean denis dennis derek dick dmitry dominic don donald doug douglas dylan earl
ed eddie edgar edward eli elijah elliot emmanuel eric erik ernest ethan eugene evan francis francisco frank
fred frederick gabriel gary gavin gene george gerald glen glenn gordon graham grant greg gregory hamid hank
harold harry hassan henry hori howard hugh humza hussein ian isaac ivan jack jacob jake james jared jason
javad javier jay jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge
jose joseph josh joshua juan julian justin karl keith ken kenneth kevin khalid kirk kurt kyle larry
lawrence leo leon leonard lewis liam lloyd logan lotfi louis lucas luis luke malik marc marco marcus mario
mark marshall martin marvin mason matt matthew max michael miguel mike milton mitch mitchell mohamed mohammad
mohammed muhammad nathan neil nicholas nick noah norman oliver omar oscar patrick paul pedro pete peter phil
philip phillip ralph randall randy ray raymond rex richard rick rob robert roberto rodney roger ron ronald
ross roy russell ryan sam samuel scott sean sergei seth shane shawn stanley stephen steve steven stuart
tasos ted theodore thomas tim timothy todd tom tommy tony travis trevor troy tyler usman vernon victor
vincent vladimir walter warren wayne wesley william willie xi yusuf zachary joshua jeb mitt rand ted
beto hunter jair volodymyr narendra recep emmanuel shinzo olaf rishi keir
rudy cory jamal mick devin qassem qasem jerrold cyrus merrick bret alejandro antony harvey thom rod sundar
xavier reince bennie ricardo sheldon steny nicolas clarence wilbur pierre daunte dwight ashraf raphael enrique
tedros herman duncan daryl ronny sergey edwin mikhail sanjay mustafa alexei judd mohsen joaquin sebastian
newt philippe chaim evgeny pascal raul conor fabien ebrahim anish alfonso dinesh arnold royce philando lev
igor rudolph beau otto fidel jovenel`)
	femaleTitles = set(`mrs ms miss madam madame dame lady queen princess duchess congresswoman
chairwoman spokeswoman actress businesswoman councilwoman assemblywoman sister mother grandmother
empress countess baroness`)
	maleTitles = set(`mr sir lord king prince duke congressman chairman spokesman actor
businessman councilman assemblyman brother father grandfather emperor count baron pope`)
)

// OfName returns the gender that the given name (the first word) of a
// person's name tells: "Jen Psaki" is Female, "Kerry" Unknown.
func OfName(name string) Gender {
	fs := strings.Fields(strings.ToLower(name))
	switch {
	case len(fs) == 0:
		return Unknown
	case femaleNames[fs[0]]:
		return Female
	case maleNames[fs[0]]:
		return Male
	}
	return Unknown
}

// OfTitle returns the gender that a lower-case title tells ("mrs",
// "spokeswoman" Female; "sir", "congressman" Male), Unknown for others.
func OfTitle(word string) Gender {
	switch {
	case femaleTitles[word]:
		return Female
	case maleTitles[word]:
		return Male
	}
	return Unknown
}

// OfPhrase returns the gender that the words of a description of a person
// tell ("a Jewish man here in Amsterdam" Male, "the victim's mother"
// Female), Unknown when none does or they disagree.
func OfPhrase(phrase string) Gender {
	g := Unknown
	for _, w := range strings.Fields(strings.ToLower(phrase)) {
		w = strings.Trim(w, ".,;:'\"’”“()")
		t := OfTitle(w)
		switch {
		case femaleNouns[w]:
			t = Female
		case maleNouns[w]:
			t = Male
		}
		if t == Unknown {
			continue
		}
		if g != Unknown && g != t {
			return Unknown
		}
		g = t
	}
	return g
}

var (
	femaleNouns = set(`woman women girl girls wife daughter daughters aunt niece widow girlfriend grandma mom`)
	maleNouns   = set(`man men boy boys husband son sons uncle nephew widower boyfriend grandpa dad`)
)

// OfPronoun returns the gender of a personal pronoun (he, him, his: Male;
// she, her, hers: Female), Unknown for others.
func OfPronoun(word string) Gender {
	switch strings.ToLower(word) {
	case "he", "him", "his", "himself":
		return Male
	case "she", "her", "hers", "herself":
		return Female
	}
	return Unknown
}

// Fits reports whether a person of gender g may be what a pronoun of
// gender p refers to: unknown on either side fits.
func Fits(g, p Gender) bool { return g == Unknown || p == Unknown || g == p }

// set returns the white-space separated words of s as a set.
func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
