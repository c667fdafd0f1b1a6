package noise

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storybrief/storybrief"
	"github.com/storybrief/storybrief/internal/texttest"
)

func TestPrefixEnd(t *testing.T) {
	tests := []struct {
		raw, want string // want: the text kept, "" when none
	}{
		{"Advertisement continue reading the main story a similar bipartisan group in the house has been meeting on and off for nearly four years.",
			"a similar bipartisan group in the house has been meeting on and off for nearly four years."},
		{"( photo: ted s. Warren, ap ) the pentagon says a russian fighter jet intercepted a u.s. Reconnaissance plane over the baltic sea last week.",
			"the pentagon says a russian fighter jet intercepted a u.s. Reconnaissance plane over the baltic sea last week."},
		{"Photo by andrew burton/getty images martin shkreli, the most famous price gouger in the world of pharmaceuticals, was arrested thursday on charges of securities fraud.",
			"martin shkreli, the most famous price gouger in the world of pharmaceuticals, was arrested thursday on charges of securities fraud."},
		{"June 27, 2014, 7: 06 pm gmt / updated june 28, 2014, 3: 26 am gmt the georgia dad charged with murder for leaving his son in a hot car will not attend the funeral.",
			"the georgia dad charged with murder for leaving his son in a hot car will not attend the funeral."},
		{"( credit: johnny hanson, ap photo/houston chronicle ) ( cbs/ap ) dayton, texas - authorities in texas said tuesday they removed 11 children from a crowded home.",
			"dayton, texas - authorities in texas said tuesday they removed 11 children from a crowded home."},
		{"Please enable javascript to watch this video vernal, utah -- four men were booked into jail on felony charges.",
			"vernal, utah -- four men were booked into jail on felony charges."},
		{"Read more » it is not known whether ms. Guthrie has accepted the offer of the network.",
			"it is not known whether ms. Guthrie has accepted the offer of the network."},
		{"/ ap photo/charles dharapak ( cbs news ) mitt romney gave an update thursday on his meetings during the first day of his london trip.",
			"mitt romney gave an update thursday on his meetings during the first day of his london trip."},
		{"Mark conlin/oxford scientific/getty the red wolf, a critically endangered species living in the south-eastern us, may be nothing more than a hybrid.",
			"the red wolf, a critically endangered species living in the south-eastern us, may be nothing more than a hybrid."},
		{"victor virgile/gamma-rapho via getty she announced her departure on instagram, saying she is done with the fashion industry.",
			"she announced her departure on instagram, saying she is done with the fashion industry."},
		{"Rich schultz/gettyimages rob gronkowski has made a little over $ 16.3 million in five seasons playing for the patriots.",
			"rob gronkowski has made a little over $ 16.3 million in five seasons playing for the patriots."},
		{"getty trump camp suggests ryan unfit to be speaker donald trump and his allies are lashing out at house speaker paul ryan.",
			"trump camp suggests ryan unfit to be speaker donald trump and his allies are lashing out at house speaker paul ryan."},
		{"( getty ) update below a frequent user of the ride-share service uber is swearing off the company after a dispute.",
			"update below a frequent user of the ride-share service uber is swearing off the company after a dispute."},
		{"Getty - contributor james maybrick, the cotton merchant suspected of being jack the ripper, kept a diary for years.", ""},
		{"Getty 4 air force one is a", ""},
		{"Image: getty as reported by a staff writer, the site is banning all adult content from its platform.",
			"as reported by a staff writer, the site is banning all adult content from its platform."},
		{"Getty oil heir andrew getty was found dead in his hollywood hills home on tuesday, the police said.", ""},
		{"Lincoln's gettysburg address is one of the best-known speeches in american history, historians say.", ""},
		{"&#124; andrew harnik/ap photo fbi director puts responsibility for porter on white house christopher wray said in a public hearing.",
			"fbi director puts responsibility for porter on white house christopher wray said in a public hearing."},
		{"pic.twitter.com/sroigwdgr6 — rick wolff ( @rickwolff ) april 14, 2015 hillvetica maintains the bold, patriotic red-and-blue color scheme of the logo.",
			"hillvetica maintains the bold, patriotic red-and-blue color scheme of the logo."},
		{"i am in #syria pic.twitter.com/26tg5ruuun the locations given are near the cities of hama and idlib, which have seen heavy fighting.",
			"the locations given are near the cities of hama and idlib, which have seen heavy fighting."},
		{"We did it! — Jane Roe (@janeroe) March 3, 2016 The senator conceded the race on Tuesday night in a short speech to supporters.",
			"The senator conceded the race on Tuesday night in a short speech to supporters."},
		{"#tidalforall posted by rihanna on sunday, march 29, 2015 music makes the people come together, and the singer wants everyone to hear it.",
			"music makes the people come together, and the singer wants everyone to hear it."},
		{"Family of waterbury man killed in crash will sue estate of katherine berman » bertulis was driving on sherman hill road in woodbury when the crash happened.",
			"bertulis was driving on sherman hill road in woodbury when the crash happened."},
		{"( credit: james martin/cnet ) it's no secret that oracle ceo larry ellison greatly admired steve jobs.",
			"it's no secret that oracle ceo larry ellison greatly admired steve jobs."},
		{"related stories a retired british couple who spent almost 400 days held hostage in somalia have spoken.",
			"a retired british couple who spent almost 400 days held hostage in somalia have spoken."},
		{"( alan dep/marin independent journal ) alan dep click photo to enlarge « 1 » when a typical backcountry snowmobile outing near south lake tahoe took a turn for the worse sunday, a boy was hurt.",
			"when a typical backcountry snowmobile outing near south lake tahoe took a turn for the worse sunday, a boy was hurt."},
		{"Calls that \" unfortunate \" -rohit kachroo ( @rohitkachrooitv ) march 6, 2014 pistorius ' neighbor later read from notes johnson said he'd made.",
			"pistorius ' neighbor later read from notes johnson said he'd made."},
		{"vivian toumeh ( @vtoumeh ) january 11, 2016 more than two dozen people have died of starvation since dec. 1, doctors said.",
			"more than two dozen people have died of starvation since dec. 1, doctors said."},
		{"share pinterest email rio de janeiro ( jta ) – a newly wed israeli man was killed in a zip-lining accident during their honeymoon in honduras.",
			"rio de janeiro ( jta ) – a newly wed israeli man was killed in a zip-lining accident during their honeymoon in honduras."},
		{"share your thoughts bill and melinda gates have outlined their vision for the world over the next 15 years.",
			"bill and melinda gates have outlined their vision for the world over the next 15 years."},
		{"Share the news with your friends, he said.", ""},             // no noise
		{"Email and print newspapers are dying, the report said.", ""}, // no noise
		{"Share this post camden, n.j. ( cn ) – a small town in new jersey has sued dupont for $ 1.1 billion, claiming it dumped toxic waste.",
			"a small town in new jersey has sued dupont for $ 1.1 billion, claiming it dumped toxic waste."},
		{"Image copyright reuters the boss of qatar airways has issued heartfelt apologies for any offence caused.",
			"the boss of qatar airways has issued heartfelt apologies for any offence caused."},
		{"Niinisto said in an interview published... ( associated press ) helsinki ( ap ) — finland's president isn't sure where the idea came from.",
			"finland's president isn't sure where the idea came from."},
		{"Ap image 1 of / 13 caption close seattle man implicated in plot 1 / 13 back to gallery two men have been charged in a purported plot to attack a military station.",
			"two men have been charged in a purported plot to attack a military station."},
		{"Subscribe washington — martin shkreli, reviled former chief executive officer at turing pharmaceuticals, has invoked the fifth amendment.",
			"washington — martin shkreli, reviled former chief executive officer at turing pharmaceuticals, has invoked the fifth amendment."},
		{"Story highlights nascar veteran jason leffler had just returned to dirt-track racing he died wednesday in a crash",
			"nascar veteran jason leffler had just returned to dirt-track racing he died wednesday in a crash"},
		{"Text size - + reset video: address highlights politico 44 video: pundits react to obama", ""},
		{`Story continued below "@realdonaldtrump ran for @potus one time and won, " tweeted katrina pierson, an adviser.`,
			`"@realdonaldtrump ran for @potus one time and won, " tweeted katrina pierson, an adviser.`},
		{"Karzai on sunday accused the taliban and the u.s.... ( associated press", ""},
		{"___ information from: the ( attleboro, mass. ) sun chronicle, http://www.thesunchronicle.com", ""},
		// Photo credits run into the text: the agency, "/", the photographer
		// (one word, two, or two around an initial), a "/file photo" and a
		// picture code; a dateline's "( reuters )" goes with them.
		{"Reuters/tony gentile it was the latest move on a host of issues, such as gay rights and re-marriage, that the vatican has made.",
			"it was the latest move on a host of issues, such as gay rights and re-marriage, that the vatican has made."},
		{"Reuters/jonathan ernst los angeles ( reuters ) - former republican u.s. Presidential candidate herman cain plans to launch his own network on the web.",
			"former republican u.s. Presidential candidate herman cain plans to launch his own network on the web."},
		{"Reuters/aaron p. Bernstein - rtsaf6q schlafly, who lived in the st. Louis suburb of ladue, missouri, died at her home.",
			"schlafly, who lived in the st. Louis suburb of ladue, missouri, died at her home."},
		{"Reuters/stringer l. Lin wood, an atlanta attorney, branded the program as a broadcast riddled with lies and distortions.",
			"l. Lin wood, an atlanta attorney, branded the program as a broadcast riddled with lies and distortions."},
		{"Reuters/kim hong-ji/file photo the lawsuit by jonathan strobel may be the first in the united states against the south korean company.",
			"the lawsuit by jonathan strobel may be the first in the united states against the south korean company."},
		{"Paraguay, june 28, 2016. Reuters/jorge adorno the u.s. State department said on friday it would review the case of the two men.",
			"the u.s. State department said on friday it would review the case of the two men."},
		{"Ap photo/chris miller; ap photo/evan vucci a girlfriend's overbearing and manipulative behavior was the subject of the hearing.",
			"a girlfriend's overbearing and manipulative behavior was the subject of the hearing."},
		{"Reuters/bahrain state tv via reuters tv analysts saw the troop movement into bahrain as a mark of concern in saudi arabia.",
			"analysts saw the troop movement into bahrain as a mark of concern in saudi arabia."},
		{"Reuters/social media website via reuters tv/file photo washington ( reuters ) - the united states imposed sanctions on three officials.",
			"the united states imposed sanctions on three officials."},
		{"Photo bob bradley was fired thursday as coach of the united states national soccer team, the federation said.",
			"bob bradley was fired thursday as coach of the united states national soccer team, the federation said."},
		{"Photo by melissa phillip/houston chronicle spring high school students justice comeaux and monique sutton spoke to reporters.", ""},
		{"Reuters/jim bourg the bill passed via a voice vote late on tuesday after a long debate in the senate.",
			"the bill passed via a voice vote late on tuesday after a long debate in the senate."},
		{"Reuters/tony gentile\u00a0it was the latest move on a host of issues that the vatican has made this year.",
			"it was the latest move on a host of issues that the vatican has made this year."},
		{"Epa/michael reynolds students with the washington school take part in a commemoration of the famous speech.",
			"students with the washington school take part in a commemoration of the famous speech."},
		{"Ap/scott sady amazon is trying harder than ever to combat its growing negative image among shoppers.",
			"amazon is trying harder than ever to combat its growing negative image among shoppers."},
		{"Afp/getty images more puzzling was the fact that he's not accused of doing anything explicitly illegal.",
			"more puzzling was the fact that he's not accused of doing anything explicitly illegal."},
		{"Photo via flickr user tony webster the city council voted on tuesday to ban the devices from its parks.", ""},
		// Credit labels: the credit ends with its agency, a story id with
		// its number; where nothing tells its end, nothing is kept.
		{"Photograph: brook lapping/kessler prod/bbc israel has made public a decades-old handwritten plea for clemency from adolf eichmann.",
			"israel has made public a decades-old handwritten plea for clemency from adolf eichmann."},
		{"Photograph: gene j. Puskar/ap a portland, oregon, woman apologized after accidentally stealing a red subaru on tuesday night.",
			"a portland, oregon, woman apologized after accidentally stealing a red subaru on tuesday night."},
		{"Photograph: david levene/the guardian the number of homeless families in england has risen for the fifth year.",
			"the number of homeless families in england has risen for the fifth year."},
		{"source: reuters one of kiev's prominent politicians is full of rubbish — or rather, the rubbish is full of him.",
			"one of kiev's prominent politicians is full of rubbish — or rather, the rubbish is full of him."},
		{"id: 8289274 betty white is being sued by her long-time caretaker, who claims she was not paid overtime.",
			"betty white is being sued by her long-time caretaker, who claims she was not paid overtime."},
		{"Picture: vladimir pushkarev/russian centre of arctic exploration a mission this week to the crater is expected to throw light on it.", ""},
		{"Image: cards against humanity unsurprisingly, the some of the most common purchases on the list were tech gadgets.", ""},
		{"Source: national stroke association just in time for valentine's day, research suggests chocolate may help.", ""},
		// Related links and teasers: the headline's end is unknown.
		{"Photos: jon bon jovi shows off his rock hard abs in st. Barts \"they run the risk of disrespecting their audience, \" he said.", ""},
		{"Watch: gigi hadid shows an unretouched photo from her swimsuit campaign -- and she still looks hot the supermodel addressed the comments.", ""},
		{"This article is over 1 year old the corpses, roped together, were discovered by a french climber, according to local authorities.", ""},
		// Calls to follow, sign up and email.
		{"Follow ynetnews on facebook and twitter the document is one of several released ahead of an event scheduled for wednesday.",
			"the document is one of several released ahead of an event scheduled for wednesday."},
		{"Follow as it happens on facebook &amp; twitter ihlen's funeral is planned for friday in oslo, his family said on monday.",
			"ihlen's funeral is planned for friday in oslo, his family said on monday."},
		{"Follow barbara leader on twitter @barbaraleader1 http://tnsne.ws/1qpltb6", ""},
		{"Sign up a two-hour standoff ensued as the suspect barricaded himself in the home with children, police said.",
			"a two-hour standoff ensued as the suspect barricaded himself in the home with children, police said."},
		{"Sign up you agree to receive occasional updates and special offers for the new york times's products and services.", ""},
		{"David arquette: i thought courteney was having an affair email this in a candid interview that aired thursday, the actor spoke of his marriage.",
			"in a candid interview that aired thursday, the actor spoke of his marriage."},
		{"Skip ad ad loading... X embed x share starbucks is adding actual pumpkin to the seasonal favorite pumpkin spice latte.",
			"starbucks is adding actual pumpkin to the seasonal favorite pumpkin spice latte."},
		{"View photos new hampshire businessman james hollander bought both properties belonging to convicted tax evaders.",
			"new hampshire businessman james hollander bought both properties belonging to convicted tax evaders."},
		{"Play video 1: 25 democrats speak out: 'thoughts and prayers are not enough ' – video in the chaotic hours after the attack.", ""},
		// The photographer before the agency, once or twice, in
		// parentheses or not.
		{"gregorio borgia/ap gregorio borgia/ap furthering a thaw in relations that began 50 years ago, the vatican has released a new document.",
			"furthering a thaw in relations that began 50 years ago, the vatican has released a new document."},
		{"Shamil zhumatov/reuters after an ultimatum to abandon the base, russian troops seized control of one of the last ukrainian outposts.",
			"after an ultimatum to abandon the base, russian troops seized control of one of the last ukrainian outposts."},
		{"( peter dejong/ap ) over multiple years now, worldviews has run stories about the problematic dutch tradition of zwarte piet.",
			"over multiple years now, worldviews has run stories about the problematic dutch tradition of zwarte piet."},
		{"Washington ( cbsla.com/ap ) — president barack obama has been brought up to date on the shooting at a social services center.",
			"president barack obama has been brought up to date on the shooting at a social services center."},
		{"America gertrude weaver, world's oldest woman, dies at 116 i itoggle caption danny johnston/ap danny johnston/ap last week gertrude weaver of arkansas became the oldest.",
			"last week gertrude weaver of arkansas became the oldest."},
		// A Reuters/Ipsos poll is news.
		{"A reuters/ipsos poll released on tuesday found that most americans favor the plan by a wide margin.", ""},
		// Marks inside words, and "advertisement" as a word of news.
		{"Fans lined the red carpet to snap photos of the star as she arrived at the premiere on sunday.", ""},
		{"The advertisement, which aired on sunday night during the game, showed the candidate at a rally.", ""},
		// Noise with nothing after it, or only more noise, stays noise.
		{"Breaking news emails get breaking news alerts and special reports.", ""},
		{"Sign up for breaking news emails privacy policy thanks for subscribing!", ""},
		{"Republican candidate donald trump speaks during a rally in jacksonville, fla. ( ap photo/evan vucci ) ( associated press )", ""},
		{"Enlarge this image toggle caption patrick baz/afp/getty images patrick baz/afp/getty images", ""},
		// No noise at all.
		{"The president spoke on Tuesday about the economy and the budget.", ""},
	}
	for _, tt := range tests {
		k := PrefixEnd(tt.raw)
		got := ""
		if k > 0 {
			got = tt.raw[k:]
		}
		if got != tt.want {
			t.Errorf("PrefixEnd(%.50q…) keeps %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestIs(t *testing.T) {
	tests := map[string]bool{
		"Breaking news emails get breaking news alerts and special reports.":                                                                                                                            true,
		"Lea más: Juan Carlos Ortega Murillo propone legalizar la comercialización de marihuana en Nicaragua":                                                                                           true,
		"Lire aussi : la réforme des retraites adoptée par le Sénat":                                                                                                                                    true,
		"Lesen Sie auch: Die Regierung plant eine neue Reform":                                                                                                                                          true,
		"This service is provided in accordance with our privacy &amp; cookie policy.":                                                                                                                  true,
		"On your next view you will be asked to log in to your subscriber account.":                                                                                                                     true,
		"Updated: wednesday, 8: 29 a.m. est the police said.":                                                                                                                                           true,
		"not sure what the policy is on duckling onesies but i think we're readypic.twitter.com/phj6zafykw":                                                                                             true,
		"Proud of this team — Jane Roe (@janeroe) March 3, 2016":                                                                                                                                        true,
		"ottoman steak a video posted by nusr_et ( @nusr_et ) on":                                                                                                                                       true,
		"Https://t.co/ssnpk9caax — marco rubio ( @marcorubio ) september 18, 2018 \"i":                                                                                                                  true,
		"The senator, who tweets as @janeroe, conceded on March 3, 2016.":                                                                                                                               false,
		"In a facebook video posted by one of the event-goers, at least 20 shots are heard.":                                                                                                            false,
		"Copyright © 2018 albuquerque journal a construction crew working on the west mesa may have unearthed new evidence.":                                                                            true,
		"If you continue without changing your cookie settings, you consent to receiving all cookies on our website.":                                                                                   true,
		"Printer-friendly » e-mail this to a friend » i know how eddie morra feels.":                                                                                                                    true,
		"- follow the ticker on twitter: @politicalticker the new poll is in line with an earlier survey.":                                                                                              true,
		"<noframe>twitter: michael liebreich - if i were former president i wouldn't let people stand in line.":                                                                                         true,
		"/ updated by maggie fox pneumonia, a blood clot or sepsis could have killed him.":                                                                                                              true,
		"Harry langdon/getty; ethan miller/getty divas dominated the billboard music awards in las vegas sunday night.":                                                                                 true,
		"Getty rihanna is giving madonna a run for her money.":                                                                                                                                          true,
		"Belgian beer being poured ( picture: getty ) \" this is stronger than a steel pipe.":                                                                                                           true,
		"Getty oil heir andrew getty was found dead in his home on tuesday, the police said.":                                                                                                           false,
		"share your thoughts in the comments.":                                                                                                                                                          true,
		"Share facebook twitter email":                                                                                                                                                                  true,
		"Facebook and Twitter shares fell on Monday after the report.":                                                                                                                                  false,
		"Getty's collection of antiquities went on show in malibu on sunday.":                                                                                                                           false,
		"The gettysburg national military park has received packages of stolen stones for more than 20 years.":                                                                                          false,
		"Police say a man was found dead at the home of andrew getty, heir to getty oil fortune.":                                                                                                       false,
		"Credit: andrew meares \" three years ago i had the very great honour of being elected.":                                                                                                        true,
		"The list is updated by volunteers as reports are filed.":                                                                                                                                       false,
		"Reuters/brian snyder more than half of the measles cases reported in the u.s. came from one outbreak.":                                                                                         true,
		"A reuters/ipsos poll released on tuesday found that most americans favor the plan.":                                                                                                            false,
		"A reuters reporter saw the convoy cross the border on monday.":                                                                                                                                 false,
		"Ap/scott sady amazon is trying harder than ever to combat its growing negative image.":                                                                                                         true,
		"An ap/gfk poll released on friday found that most voters trust neither candidate.":                                                                                                             false,
		"Epa/jim lo scalzo students take part in a commemoration of the famous speech.":                                                                                                                 true,
		"Photo under the deal, guest workers would be allowed to pursue a path to citizenship.":                                                                                                         true,
		"To order presentation-ready copies for distribution to your colleagues, use the order reprints tool.":                                                                                          true,
		"Andrew liveris photographer: f. Carter smith/bloomberg the merged company will be owned 50-50.":                                                                                                true,
		"Photo ID laws have been challenged in court by voting rights groups in several states.":                                                                                                        false,
		"Photos of the scene spread quickly on social media after the crash.":                                                                                                                           false,
		"»Wir schaffen das«, sagte die Kanzlerin am Montag in Berlin.":                                                                                                                                  false,
		"« Nous sommes en guerre », a déclaré le président lundi soir.":                                                                                                                                 false,
		"The president wrote on twitter: \"when somebody comes in, we must bring them back.\"":                                                                                                          false,
		"More: police discount poison theory, suspect drug overdose in jeff rice's death the upf report states that rice was found slumped.":                                                            true,
		"See also: michael hastings probed the cia before fatal hollywood crash.":                                                                                                                       true,
		"\" Video: full airport surveillance video of united worker pushing houston passenger to ground \" this is just one of the most inhumane things i've ever seen, \" attorney william hoke said.": true,
		// A label before a headline of its own, a quote or a source.
		"Report: Biden Staff Diversity Only 35%.": false,
		"Video: John McCain dies at age 81.":      false,
		"\"Breaking: Michigan sends absentee ballots to 7.7 million people ahead of Primaries and the General Election,\" the president tweeted Wednesday morning.": false,
		"Source: Mike Pompeo was on Trump's July 25 phone call with Ukrainian President.":                                                                           false,
		// The time of an event, and advertisements and newsletters as news.
		"Around 5:30 p.m. EST, California's 55 electors cast their ballots to push Biden over the 270-vote threshold.": false,
		"There is a very distinct possibility there could be a government shutdown after 11:59 p.m. ET Friday.":        false,
		"The Washington Post on Sunday aired its first Super Bowl advertisement, a one-minute compilation of images.":  false,
		"Facebook will let users opt out of political advertisements.":                                                 false,
		"Conservative media figure Ben Shapiro drew controversy after he guest wrote Politico's Playbook newsletter.":  false,
		"Story continues below advertisement his younger brother ran to a nearby store to call 911.":                   true,
		"Subscribe to our free newsletters.": true,
		"Update: friday, april 12th, at 7: 49 p.m. Et by kyle vassalo the one-stroke penalty didn't cause his journey to end.":           true,
		"Update 8/5/17 7: 25pm et: google's new vice president of diversity has issued her own memo to google employees.":                true,
		"Advertisementskip and the negligence was compounded when hospital personnel resuscitated her, the lawsuit states.":              true,
		"The infant's mother was waiting with the stroller on the 23rd floor around 11: 40 a.m., officials said.":                        false,
		"Trump will speak with putin on tuesday at 12: 30 p.m. Edt, the white house said on monday night.":                               false,
		"Biden directed that people be given a new chance to sign up for government-subsidized care.":                                    false,
		"Facebook has removed a video posted by Breitbart News earlier today, the company said.":                                         false,
		"Report: SAT will assign a new score that factors in where you live and how much your parents make.":                             false,
		"Nov. 29, 2018, 1: 40 am gmt / updated nov. 29, 2018, 1: 52 am gmt by phil mccausland for weeks, veterans have raised an alarm.": true,
		"Topics: 2012 elections, newt gingrich, ron paul i was awestruck by a new ron paul ad.":                                          true,
		"Check out the video above to see what happens.":                                                                                 true,
		"Skip ad ad loading... X embed x share two campers have been arrested for arson in colorado.":                                    true,
		"Sign up thank you for signing up!": true,
		"Follow her on twitter @kr0618.":    true,
		"Photograph: kay nietfeld/epa eu governments have piled pressure on the uk to leave the union.":                    true,
		"This article is over 4 weeks old a bulgarian journalist who reported on an investigation has been murdered.":      true,
		"Like us on facebook england will soon have a museum devoted entirely to poop.":                                    true,
		"File - in this feb. 15, 2011 file photo, lance armstrong pauses during an interview in austin, texas.":            true,
		"In this photo provided by the vatican paper l ' osservatore romano, pope francis and benedict xvi meet.":          true,
		"Military officials applaud kim jong-un in pyongyang, in this picture released by north korea's kcna news agency.": true,
		"Go to work! \" photos: jon bon jovi lists his big apple apartment for $ 42 million back in march.":                true,
		"Matt rourke/ap jerry sandusky rested his elbows on the wooden lectern and leaned toward the judge.":               true,
		"The story ran on apnews.com/ap-top-news and was shared widely on Sunday.":                                         false,
		// Labels and openers used in news.
		"The suspect in this photo was seen leaving the bank on Friday, the police said.":                            false,
		"In this case, the court found that the photographs were taken lawfully.":                                    false,
		"A story by politico last week reinforced that image: quayle was among several lawmakers who went swimming.": false,
		"Update: the man accused of killing a gwinnett police officer was found hiding in a wooden shed.":            false,
		"Exclusive: jeffrey tambor today has decided not to return to the amazon series.":                            false,
		"Follow the money, the senator told reporters on Tuesday.":                                                   false,
		"He added: \"it is vitally important that all nations enforce those sanctions.\"":                            false,
		"Source material for the film came from the diaries of his grandmother.":                                     false,
		"If workers don't sign up, their medical coverage will jump by $ 50 a month.":                                false,
		// Words of noise phrases used in news.
		"If you've driven on highway 301 in starke, you may notice a red sign in front of one home.":            false,
		"The hannoversche allgemeine zeitung received a second letter from germany's most-wanted cookie thief.": false,
		"The senators met on Tuesday to discuss the budget.":                                                    false,
		"Subscribers to the service were told on Monday.":                                                       false,
		"Fans lined the red carpet to snap photos of the star.":                                                 false,
		"Officials spread more sandbags along the levee.":                                                       false,
	}
	texttest.Check(t, "Is", Is, tests)
}

// containsWord reports whether s contains p where p does not continue a
// word, by one scan per phrase: the definition hasNoisePhrase must meet.
func containsWord(s, p string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], p)
		if k < 0 {
			return false
		}
		k += off
		if k == 0 || !isLetter(p[0]) || !isLetter(s[k-1]) {
			return true
		}
		off = k + 1
	}
}

func anyNoisePhrase(lower string) bool {
	for _, p := range noisePhrases {
		if containsWord(lower, p) {
			return true
		}
	}
	return false
}

func TestHasNoisePhrase(t *testing.T) {
	tests := map[string]bool{
		"Enlarge this image toggle caption the senator spoke.": true,
		"The ap photo shows the scene.":                        true,
		"He likes to snap photos of birds.":                    false,
		"Tom &amp; Jerry":                                      false, // an escaped character, as Multi-News writes "&"
		"a&#124;b":                                             true,
		"The newsletter went out.":                             false,
		"Newsletters went out.":                                true,
		"Sign up for our newsletter.":                          true,
		"The advertisement aired on Sunday.":                   false,
		"Nothing to see here.":                                 false,
		"":                                                     false,
		"a":                                                    false,
		"___":                                                  true,
	}
	for text, want := range tests {
		lower := strings.ToLower(text)
		if got := hasNoisePhrase(lower); got != want || got != anyNoisePhrase(lower) {
			t.Errorf("hasNoisePhrase(%q) = %v, want %v (one scan per phrase: %v)", text, got, want, anyNoisePhrase(lower))
		}
	}
}

func FuzzHasNoisePhrase(f *testing.F) {
	for _, p := range noisePhrases {
		f.Add("x" + p + " y")
		f.Add("word" + p)
	}
	f.Add("Plain sentence.")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasNoisePhrase(s), anyNoisePhrase(s); got != want {
			t.Errorf("hasNoisePhrase(%q) = %v, one scan per phrase: %v", s, got, want)
		}
	})
}

// FuzzNoisePrefixEnd checks that the cut noisePrefixEnd makes is inside the
// text and, in valid UTF-8 (what ingest hands on), at the start of a
// character, so that what it keeps is text.
func FuzzPrefixEnd(f *testing.F) {
	f.Add("Reuters/tim wimborne san francisco the latest novel from the author broke one-day sales records.")
	f.Add("Reuters/kim hong-ji/file photo the lawsuit may be the first of its kind against the company here.")
	f.Add("Ap photo/evan vucci a girlfriend's behavior was the subject of the hearing on monday afternoon.")
	f.Add("Photo bob bradley was fired thursday as coach of the national soccer team, the federation said.")
	f.Add("Image copyright AFP Image caption French police have arrested a man after a shooting in Paris.")
	f.Fuzz(func(t *testing.T, raw string) {
		k := PrefixEnd(raw)
		if k < 0 || k > len(raw) || utf8.ValidString(raw) && !utf8.ValidString(raw[k:]) {
			t.Fatalf("PrefixEnd(%q) = %d: not a character boundary of the text", raw, k)
		}
	})
}

func TestSentence(t *testing.T) {
	const text = "Intro.\nReuters/tim wimborne\nsan francisco the latest novel from the author broke one-day sales records. Share this Photos: a headline runs into the text of the article here without an end."
	tests := []struct {
		name       string
		start, end int
		wantLine   int
		wantWords  string
		wantClean  bool
	}{
		{"no noise", 0, 6, 1, "Intro.", true},
		{"credit cut", 7, 103, 3, "san francisco the latest novel from the author broke one-day sales records.", true},
		{"noise throughout", 104, len(text), 3, "Share this Photos: a headline runs into the text of the article here without an end.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line := 1 + strings.Count(text[:tt.start], "\n")
			own, ownLine, words, clean := Sentence(text, storybrief.Span{Start: tt.start, End: tt.end}, line)
			if words != tt.wantWords || clean != tt.wantClean || ownLine != tt.wantLine || storybrief.CollapseSpace(own.In(text)) != words {
				t.Errorf("Sentence = %v line %d %q clean %v, want line %d %q clean %v", own, ownLine, words, clean, tt.wantLine, tt.wantWords, tt.wantClean)
			}
		})
	}
}

// TestCreditMarksPrefilter checks what agencyCredit's quick test assumes:
// every credit mark holds a "/" or "getty".
func TestCreditMarksPrefilter(t *testing.T) {
	for _, m := range creditMarks {
		if !strings.Contains(m.mark, "/") && !strings.Contains(m.mark, "getty") {
			t.Errorf("credit mark %q holds neither / nor getty: agencyCredit's quick test would miss it", m.mark)
		}
	}
}
