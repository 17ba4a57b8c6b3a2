package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the misses of the
// studied gold sets (session 44, event recall); the sentences are our own.

func TestS44DEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an object put first in a form only the accusative has, the subject after the verb: the one after the verb acts, the one before is done to",
			"Минулого року фірму «Альфа» вже перевіряла Державна аудиторська служба. Торік компанію «Бета» оштрафувала Національна комісія з цінних паперів.",
			[]string{"ACCUSE Державна аудиторська служба → Альфа", "COERCE Національна комісія з цінних паперів → Бета"}},
		{"a body of audit checking a firm is an inquiry; a check of quality is none",
			"Держаудитслужба перевірила компанію «Водоканал». Мер перевірив якість ремонту доріг.",
			[]string{"ACCUSE Держаудитслужба → Водоканал"}},
		{"plants received from a state, named by what they do, are aid; a system named by what it is for stays none",
			"Громада отримала від Польщі десять станцій знезараження води. Університет отримав від Литви систему оцінювання студентів.",
			[]string{"AID Польща → Громада"}},
		{"goods handed over free to a state are aid, the state after them in a form the genitive shares; handed over with no word of free, they may be trade",
			"Польща безкоштовно передала 40 тисяч тонн борошна Ліберії. Польща передала Ліберії 40 тисяч тонн борошна.",
			[]string{"AID Польща → Ліберія"}},
		{"a meeting noun's side named by a common noun in the genitive, with the partner after з, acts; with no partner the noun names no meeting",
			"Увечері відбулася зустріч представників перевізників з Петром Іваненком. Відбулася зустріч мешканців села.",
			[]string{"CONSULT/meet представники перевізників → Петро Іваненко"}},
		{"a surname read as a bare locative after the meeting noun is its genitive side",
			"Міністр Ганна Коваль прибула до Києва. Генеральний директор агентства Рафаель Гроссі заявив про допомогу. Зустріч Гроссі з Коваль запланована на 12 травня.",
			[]string{"CONSULT/visit Ганна Коваль → Київ @Київ", "CONSULT/meet Рафаель Гроссі → Ганна Коваль [future]"}},
		{"an infinitive with a negated змогли put after it was not done",
			"Увечері відбулася зустріч Петра Іваненка з Ганною Коваль. Сторони домовитися не змогли.",
			[]string{"CONSULT/meet Петро Іваненко → Ганна Коваль", "AGREE Петро Іваненко,Ганна Коваль →  [negation]"}},
		{"a body in the locative opening the clause speaks through a plural verb joined by і to the first",
			"У поліції визнали порушення і призначили службове розслідування.",
			[]string{"ACCUSE поліція → "}},
		{"the body that said it goes on as the subject of a planned act in its що-clause",
			"У поліції повідомили, що планують провести перевірку закупівлі.",
			[]string{"ACCUSE поліція →  [future]"}},
		{"a pronoun opening the sentence stands for the person a common noun named as the subject of the sentence before, when no name stands for anyone there",
			"Водій після аварії втік. Його оголосили в розшук.",
			[]string{"ACCUSE  → Водій"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
