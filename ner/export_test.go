package ner

import "github.com/vistka/vistka"

// SetHarmonize switches harmonizeTypes for experiments.
func SetHarmonize(on bool) { harmonize = on }

// SetPropagate switches propagate for experiments.
func SetPropagate(on bool) { propagate = on }

// SetBranches switches joinBranches for experiments.
func SetBranches(on bool) { branches = on }

// SetPeriods switches makePeriods for experiments.
func SetPeriods(on bool) { periods = on }

// SetStreets switches addStreetWords for experiments.
func SetStreets(on bool) { streets = on }

// SetNamedAfter switches joinNamedAfter for experiments.
func SetNamedAfter(on bool) { namedAfterRule = on }

// SetFirstNames switches joinFirstNames for experiments.
func SetFirstNames(on bool) { firstNames = on }

// SetOrgAnd switches joinOrgAnd for experiments.
func SetOrgAnd(on bool) { orgAnd = on }

// SetStackLocal switches the stacked features of the token's own first-stage
// label and its neighbours' for experiments.
func SetStackLocal(on bool) { stackLocal = on }

// SetRule switches the rule after decoding of the given name for
// experiments; it reports whether the name is known.
func SetRule(name string, on bool) bool {
	p, ok := map[string]*bool{
		"mediasource": &mediaSources, "streetlist": &streetLists, "orgkind": &orgKinds,
		"sharedsurname": &sharedSurnames, "sharedhead": &sharedHeads, "possessive": &possessives,
		"numdate": &numericDates, "rateunit": &rateUnits, "statebody": &stateBodies,
		"stateabbrev": &stateAbbrevs, "age": &ages,
		"titlebody": &titleBodies, "runon": &runOns, "possessivehead": &possessiveHeads, "jobadj": &jobAdjectives,
		"quotedplace": &quotedPlaces, "quotedwork": &quotedWorks, "monthrange": &monthRanges,
		"ministerfield": &ministerFields, "commonorg": &commonOrgs, "scripture": &scriptures, "landmark": &namedLandmarks,
		"acronym": &commonAcronyms, "jobspread": &jobSpreads,
		"bracketcut": &bracketCuts, "quoteclose": &quoteCloses, "quotesplit": &quoteSplits,
		"glosstype": &glossTypes, "degree": &degrees, "quotedlist": &quotedLists, "initialdot": &initialDots, "placeadj": &placeAdjectives, "adjlandmark": &adjLandmarks,
		"slashagency": &slashAgencies, "bodyhead": &capitalHeads, "adjbody": &adjBodies, "titlecountry": &titleCountries, "reportsource": &reportSources, "persnoun": &persNouns,
		"newsroom": &newsrooms, "quotedbody": &quotedBodies, "callsign": &callSigns, "degreecut": &degreeCuts, "bodyplace": &bodyPlaces, "adminabbrev": &adminAbbrevs, "placebase": &placeBases, "council": &councils,
		"titleorg": &titleOrgs, "jobcoord": &coordJobs, "teachersubject": &teacherSubjects, "dollarcountry": &dollarCountries, "deputyof": &deputyTitles,
		"measure": &measures, "patronymic": &patronymics, "initialcut": &initialCuts, "settlement": &settlements, "regnal": &regnals, "unittype": &unitTypes, "clocktime": &clockTimes, "monthin": &monthsIn, "platformcut": &platformCuts,
		"militaryunit": &militaryUnits, "weapon": &weapons, "quotedevent": &quotedEvents, "quotedtitle": &quotedTitles, "finaldot": &finalDots, "placeperson": &placePersons, "hromada": &hromadas,
		"force": &forces, "area": &areas,
	}[name]
	if ok {
		*p = on
	}
	return ok
}

// KindApposition is Lemmatizer.kindApposition for tests.
func KindApposition(lz Lemmatizer, toks []vistka.Token, from, to int, base string) string {
	return lz.kindApposition(toks, from, to, base)
}

// StreetName exposes Lemmatizer.streetName.
func StreetName(lz Lemmatizer, toks []vistka.Token, from, to int, base string) string {
	return lz.streetName(toks, from, to, base)
}

// SetGateCheck switches the check of the rules' gates: with it on, find
// runs each rule its gate skips too and records the ones that change
// spans, which GateMisses returns.
func SetGateCheck(on bool) { gateCheck, gateMisses = on, nil }

// GateMisses returns what SetGateCheck recorded.
func GateMisses() []string { return gateMisses }

// SetGates switches skipping rules by the sentences' sums.
func SetGates(on bool) { gates = on }
