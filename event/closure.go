package event

import "slices"

// closeLexicon adds the triggers session 57 found by closing the lexicon
// under synonymy and aspect: for every trigger lemma, its synonyms in the
// LibreOffice Ukrainian thesaurus (th_uk_UA_v2, GPL-2+/LGPL-2.1+/MPL-1.1),
// its aspect partner as our lexicon (VESUM) has it, and its verbal noun.
// The thesaurus was read at development time only, for candidate words;
// each word below was chosen by hand as one an agency journalist uses for
// the act between named sides, and nothing of the thesaurus is shipped or
// read at run time. Each entry goes where its kin go, so their guards
// hold for it.
func closeLexicon() {
	// Aspect partners: the imperfective of a perfective trigger, or the
	// other way round, told in the present of news ("Естонія жертвує
	// Україні гаубиці", "Британія ділиться з Україною розвідданими").
	for v, k := range map[string]kind{
		"скооперуватися": {"COOPERATE", ""}, // of кооперуватися
		"об'єднуватися":  {"COOPERATE", ""}, // of об'єднатися (its merger guard: mergedWith)
		"дорікати":       {"ACCUSE", ""},    // of дорікнути
		"укладати":       {"AGREE", ""},     // of укласти (its pact guard: pactNamed)
		"оточувати":      {"ASSAULT", ""},   // of оточити
		"страчувати":     {"ASSAULT", ""},   // of стратити
		"ув'язнювати":    {"COERCE", ""},    // of ув'язнити
		"поздоровляти":   {"SUPPORT", ""},   // of поздоровити
		// (not поступатися, of поступитися: it mostly ranks, "поступається
		// за якістю", "не поступається конкурентам")
	} {
		verbs[v] = k
	}
	// Synonyms from the thesaurus, each with the type of the trigger it
	// stands beside.
	for v, k := range map[string]kind{
		"грозити": {"THREATEN", ""}, "грозитися": {"THREATEN", ""}, // погрожувати
		"нарікати":     {"ACCUSE", ""},  // скаржитися: only on someone (see blamedOn)
		"порозумітися": {"AGREE", ""},   // погодитися: "Польща та Україна порозумілися щодо транзиту"
		"замордувати":  {"ASSAULT", ""}, // закатувати
		"гнобити":      {"COERCE", ""},  // переслідувати
		"утискати":     {"COERCE", ""},  // переслідувати
		"бастувати":    {"PROTEST", ""}, // страйкувати
		"наступати":    {"ASSAULT", ""}, // атакувати: forces only (see unstated)
		"поздоровити":  {"SUPPORT", ""}, // привітати
		"віднімати":    {"COERCE", ""},  // відбирати: taken from someone only (see takenFrom)
		"відняти":      {"COERCE", ""},  // its perfective
	} {
		verbs[v] = k
	}
	// Light verbs and verbs read with their object, as their kin are.
	for _, v := range []string{"дарувати", "жертвувати"} { // подарувати, пожертвувати
		verbs[v], gives[v] = kind{}, true
		lightVerbs[v] = append(lightVerbs[v], "допомога")
	}
	verbs["ділитися"] = kind{}
	pairs["ділитися"] = pairs["поділитися"]
	verbs["застерігати"] = kind{}
	pairs["застерігати"] = pairs["попередити"]
	verbs["заморожувати"] = kind{"SANCTION", ""} // of заморозити
	// a demand or a ruling disregarded, as one ignored: "Росія знехтувала
	// вимогою МАГАТЕ" (the thesaurus's нехтувати beside ігнорувати)
	for _, v := range []string{"знехтувати", "нехтувати"} {
		verbs[v] = kind{}
		pairs[v] = pairs["проігнорувати"]
	}
	// armour or aircraft knocked out, as destroyed: "підбили російський
	// танк" (the thesaurus's підбити beside поранити; підбити підсумки is
	// none)
	verbs["підбити"], verbs["підбивати"] = kind{}, kind{}
	pairs["підбити"] = map[string]kind{}
	for _, w := range []string{"танк", "техніка", "літак", "гелікоптер", "корабель", "катер", "гаубиця", "комплекс", "радар"} {
		pairs["підбити"][w] = kind{"ASSAULT", ""}
	}
	for _, w := range []string{"бтр", "бмп", "вертоліт", "винищувач", "бронетехніка", "бронемашина", "автомобіль"} {
		pairs["підбити"][w] = kind{"ASSAULT", ""}
	}
	pairs["підбивати"] = pairs["підбити"]
	closeNouns()
	closeAspects()
}

// pledged are the imperfectives whose negated future tells a policy, not
// an act: "Норвегія не скорочуватиме допомогу", "не укладатиме нових
// договорів з підрядниками" (see unstated).
var pledged = map[string]bool{"укладати": true}

// closeAspects gives the imperfective of a light verb or of a verb read
// with its object what its perfective has, so that the present of news
// reads as the past does: "ППО збиває дрони", "ЄС посилює санкції",
// "знімає обмеження", "Прокуратура повідомляє про підозру". Each
// imperfective joins its perfective's objects (a pair map it has of its
// own keeps its entries), and the guards of habits, rules and duties
// (genericHabit, provision, …) hold for it as for any present.
func closeAspects() {
	for _, p := range [][2]string{
		{"збити", "збивати"}, {"пом'якшити", "пом'якшувати"}, {"послабити", "послаблювати"},
		{"скоротити", "скорочувати"}, {"повернути", "повертати"}, {"зняти", "знімати"},
		{"посилити", "посилювати"}, {"покинути", "покидати"}, {"відкрити", "відкривати"},
		{"призупинити", "призупиняти"}, {"накласти", "накладати"}, {"оголосити", "оголошувати"},
		{"розпочати", "розпочинати"}, {"почати", "починати"}, {"влаштувати", "влаштовувати"},
		{"повідомити", "повідомляти"}, {"відновити", "відновлювати"}, {"затвердити", "затверджувати"},
		{"послабити", "послабляти"}, {"підсилити", "підсилювати"},
		// (not зупиняти, whose firm that stops its own work the perfective's
		// guards do not reach, nor поставляти, a supplier's trade as often
		// as aid: "фірми поставляли «Укрзалізниці» мазут по 5,6 тис грн")
	} {
		perf, imp := p[0], p[1]
		pledged[imp] = true
		if _, ok := verbs[imp]; !ok {
			verbs[imp] = kind{}
		}
		for _, n := range lightVerbs[perf] {
			if !slices.Contains(lightVerbs[imp], n) {
				lightVerbs[imp] = append(lightVerbs[imp], n)
			}
		}
		if len(pairs[perf]) == 0 {
			continue
		}
		if pairs[imp] == nil {
			pairs[imp] = map[string]kind{}
		}
		for n, k := range pairs[perf] {
			if _, ok := pairs[imp][n]; !ok {
				pairs[imp][n] = k
			}
		}
	}
}

// closeNouns adds the verbal nouns of trigger verbs (and the thesaurus's
// nouns beside event nouns), each an event only as the object of a light
// verb of its kin (see lightOnly), and, where the noun has another common
// sense, only in the sense its kin has (see eventNoun).
func closeNouns() {
	noun := func(n string, k kind, vs ...string) {
		nouns[n], lightOnly[n] = k, true
		nounTriggers.Add(n)
		for _, v := range vs {
			if !slices.Contains(lightVerbs[v], n) {
				lightVerbs[v] = append(lightVerbs[v], n)
			}
		}
	}
	begun := []string{"розпочати", "почати", "завершити", "оголосити", "продовжити"}
	held := []string{"провести", "проводити"}
	// RETREAT: forces withdrawn (troops only, as виведення: see
	// eventNoun), a surrender, a pardon
	for _, n := range []string{"відведення", "відступ", "відхід"} {
		noun(n, kind{"RETREAT", ""}, begun...)
	}
	noun("капітуляція", kind{"RETREAT", ""}, "оголосити", "підписати")
	noun("помилування", kind{"RETREAT", "release"}, "оголосити", "підписати")
	// ASSAULT: a bombing begun or carried out, a shoot-out staged
	noun("бомбардування", kind{"ASSAULT", ""}, append(append([]string{"здійснити", "здійснювати"}, begun...), held...)...)
	noun("перестрілка", kind{"ASSAULT", ""}, "влаштувати", "розпочати", "почати")
	// SANCTION: assets frozen, envoys expelled, a member excluded (of a
	// state or a body only: see eventNoun)
	for _, n := range []string{"замороження", "видворення", "виключення"} {
		noun(n, kind{"SANCTION", ""}, "оголосити", "ухвалити", "схвалити")
	}
	// MOBILIZE: forces moved, deployed or stationed (troops only: see
	// eventNoun)
	for _, n := range []string{"перекидання", "розгортання", "розміщення"} {
		noun(n, kind{"MOBILIZE", ""}, begun...)
	}
	// CONSULT: a talk held with a partner (see talksWith)
	for _, n := range []string{"бесіда", "обговорення"} {
		noun(n, kind{"CONSULT", "meet"}, held...)
	}
	// PROTEST: a picket held
	noun("пікетування", kind{"PROTEST", ""}, append([]string{"організувати", "влаштувати"}, held...)...)
	// REQUEST: an invitation sent, a task given
	// (not передати: "передав їй запрошення від канцлера" is another's)
	noun("запрошення", kind{"REQUEST", ""}, "надіслати", "надсилати", "направити")
	verbs["дати"] = kind{}
	noun("доручення", kind{"REQUEST", ""}, "дати", "надати")
	// SUPPORT: congratulations sent, as вітання
	noun("поздоровлення", kind{"SUPPORT", ""}, "надіслати", "надсилати", "направити", "передати")
	// AID: a donation, as допомога
	noun("пожертвування", kind{"AID", ""}, "отримати", "отримувати", "передати", "надіслати", "зробити")
	// CONCEDE: sanctions eased, as their послаблення: "США оголосили про
	// пом'якшення санкцій проти Венесуели"
	addPairs([]string{"оголосити", "запровадити", "ухвалити", "схвалити"}, "пом'якшення", kind{"CONCEDE", ""})
	// RETREAT: a ceasefire declared, припинення вогню as перемир'я (of
	// припинити вогонь; see eventNoun)
	noun("припинення", kind{"RETREAT", ""}, "оголосити", "запровадити")
	// CONCEDE: restrictions lifted, скасування of скасувати санкції
	// ("оголосили про скасування санкцій"; of restrictions only: see
	// eventNoun)
	noun("скасування", kind{"CONCEDE", ""}, "оголосити", "ухвалити", "схвалити")
	// COOPERATE: cooperation set up, налагодження of налагодити
	// співпрацю ("оголосило про налагодження співпраці з …"; of
	// cooperation only: see eventNoun)
	noun("налагодження", kind{"COOPERATE", ""}, "оголосити", "розпочати", "почати", "завершити")
	// THREATEN: a warning of consequences, попередження of попередити
	// ("зробив попередження Фінляндії про наслідки"; see eventNoun)
	noun("попередження", kind{"THREATEN", ""}, "зробити", "висловити", "висловлювати")
	// COOPERATE: взаємодія, the noun of взаємодіяти, where співпраця goes:
	// "посилять взаємодію в енергетиці"
	for _, objs := range pairs {
		if objs["співпраця"] == (kind{"COOPERATE", ""}) {
			if _, ok := objs["взаємодія"]; !ok {
				objs["взаємодія"] = kind{"COOPERATE", ""}
			}
		}
	}
	// ASSAULT: torture used on captives
	addPairs([]string{"застосувати", "застосовувати"}, "катування", kind{"ASSAULT", ""})
}
