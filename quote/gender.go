package quote

import "strings"

// gender is what a pronoun or a name says of a person's sex, for matching
// "he" and "she" to the people a document names.
type gender int8

const (
	unknownGender gender = iota
	male
	female
)

// Given names and titles that tell a person's sex; names missing here are
// taken to fit either pronoun.
var (
	femaleNames = wordSet(`abigail aisha alexandra alexandria alice alicia alison amanda amber amy ana andrea angela
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
yasmin zainab zoe carissa christine shannon dennise debbie alexandria angela theresa ursula`)
	maleNames = wordSet(`aaron abdul abdullah abe abraham adam adrian ahmad ahmed alan albert alex alexander
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
beto hunter jair volodymyr narendra recep emmanuel shinzo olaf rishi keir`)
	femaleTitles = wordSet(`mrs ms miss madam madame dame lady queen princess duchess congresswoman
chairwoman spokeswoman actress businesswoman councilwoman assemblywoman sister mother grandmother
empress countess baroness`)
	maleTitles = wordSet(`mr sir lord king prince duke congressman chairman spokesman actor
businessman councilman assemblyman brother father grandfather emperor count baron pope`)
)

// genderOf returns the gender of entity ei as its given name or the titles
// of its mentions in the document tell it.
func (f *finder) genderOf(ei int) gender {
	if g, ok := f.genders[ei]; ok {
		return g
	}
	g := unknownGender
	if fs := strings.Fields(strings.ToLower(f.ents[ei].Name)); len(fs) > 0 {
		switch {
		case femaleNames[fs[0]]:
			g = female
		case maleNames[fs[0]]:
			g = male
		}
	}
	if g == unknownGender {
		t := f.text()
		for _, m := range f.ents[ei].Mentions {
			if m.Doc != f.doc.ID || m.Title.Len() == 0 || m.Title.End > len(t) || m.Start > m.Title.Start {
				continue
			}
			for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(t[m.Start:m.Title.End], ".", ""))) {
				switch {
				case femaleTitles[w]:
					g = female
				case maleTitles[w]:
					g = male
				}
			}
		}
	}
	f.genders[ei] = g
	return g
}

// fits reports whether entity ei may be what a pronoun of gender g refers to.
func (f *finder) fits(ei int, g gender) bool {
	eg := f.genderOf(ei)
	return g == unknownGender || eg == unknownGender || eg == g
}
