package ner

// militaryRanks and academicRanks are the lemmas of the ranks and
// degrees written between an office and its holder's name ("командувач
// генерал-лейтенант …", "директор інституту академік …"). The entity
// package reads them too (MilitaryRank, AcademicRank): one list for both.
var (
	militaryRanks = map[string]bool{
		"полковник": true, "підполковник": true, "генерал": true, "генерал-майор": true, "генерал-лейтенант": true,
		"генерал-полковник": true, "майор": true, "капітан": true, "лейтенант": true, "сержант": true,
		"адмірал": true, "віцеадмірал": true, "контрадмірал": true, "маршал": true, "прапорщик": true,
	}
	academicRanks = map[string]bool{
		"академік": true, "член-кореспондент": true, "професор": true, "професорка": true, "доцент": true, "доцентка": true,
	}
)

// MilitaryRank reports whether the lower-cased lemma l is a military
// rank: полковник, генерал-майор, адмірал.
func MilitaryRank(l string) bool { return militaryRanks[l] }

// AcademicRank reports whether the lower-cased lemma l is an academic
// degree or rank: академік, член-кореспондент, професорка.
func AcademicRank(l string) bool { return academicRanks[l] }

// rank reports whether the lower-cased lemma l is a military or an
// academic rank.
func rank(l string) bool { return militaryRanks[l] || academicRanks[l] }
