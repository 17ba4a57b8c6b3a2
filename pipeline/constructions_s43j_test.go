package pipeline_test

import (
	"testing"
	"time"
)

// TestS43JNamingSpeakers checks that a quoted naming after назвати is the
// words of the subject past a source set off by commas ("за даними
// Reuters", which then tells no statement of its own), and of the noun a
// relative pronoun stands for ("президент, який назвав … «…»").
func TestS43JNamingSpeakers(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"за даними X between the subject and назвав",
			"Прем'єр-міністр Канади, за даними Bloomberg, назвав угоду «поворотним моментом для торгівлі».",
			[]string{"Прем'єр-міністр Канади/назвати/direct: поворотним моментом для торгівлі"}},
		{"за інформацією X between the subject and назвала",
			"Міністерка фінансів, за інформацією агентства, назвала бюджет «найважчим за десятиліття» під час засідання.",
			[]string{"Міністерка фінансів/назвати/direct: найважчим за десятиліття"}},
		{"який назвав after the speaker",
			"Делегацію зустрів прем'єр-міністр Естонії, який назвав Україну «щитом Європи».",
			[]string{"прем'єр-міністр Естонії/назвати/direct: щитом Європи"}},
	}, time.Time{})
}

// TestS43JAccusedOfLocative checks that a fragment after звинуватити … в
// whose noun the tagger reads in the genitive behind the opening mark is
// still the accuser's quoted words.
func TestS43JAccusedOfLocative(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"в «…ії»",
			"Опозиційні депутати звинуватили міністра в «дискредитації реформи».",
			[]string{"Опозиційні депутати/звинуватити/direct: дискредитації реформи"}},
	}, time.Time{})
}

// TestS43JBodyNames checks a body's name of common words with its field
// in the genitive opening a sentence, and a body's name that ends before
// the name of its head in the genitive.
func TestS43JBodyNames(t *testing.T) {
	checkNames(t, []namesCase{
		{"організація with its field, first in the sentence",
			"Міжнародна організація праці оприлюднила доповідь про безробіття.",
			[]string{"ORG:Міжнародна організація праці"}, nil},
		{"a body and its head in the genitive",
			"Кабмін звільнив заступника голови Державної митної служби Петра Мельника.",
			[]string{"ORG:Державна митна служба", "PERS:Петро Мельник"}, []string{"ORG:Державна митна служба Петра Мельника"}},
		{"a surname that is a first name too",
			"Уряд звільнив голову Державної податкової служби Романа Панаса.",
			[]string{"ORG:Державна податкова служба"}, []string{"ORG:Державна податкова служба Романа Панаса"}},
	})
}

// TestS43JCompanyGoneOnAbout checks that "у компанії" stands for the
// company last named as a subject, a legal form calling it one, not for
// an earlier one the word компанія came before.
func TestS43JCompanyGoneOnAbout(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"a company by its legal form named last",
			"Київ. Компанія «Нова пошта» та польська компанія InPost підписали угоду про доставку посилок.\n\n" +
				"Тим часом ПАТ «Укрнафта» повідомила, що з понеділка підвищує ціни на пальне. Водночас у західних областях діятимуть знижки.\n\n" +
				"У компанії пояснили, що ціни зросли через нові акцизи.",
			[]string{"ПАТ «Укрнафта»/повідомити/indirect: з понеділка підвищує ціни на пальне",
				"ПАТ «Укрнафта»/пояснити/indirect: ціни зросли через нові акцизи"}},
	}, time.Time{})
}
