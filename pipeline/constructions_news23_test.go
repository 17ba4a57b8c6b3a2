package pipeline_test

import (
	"testing"
	"time"

	"github.com/vistka/vistka"
)

// The constructions of this file were found reading the errors of the
// twenty-third news set (testdata/gold/news23.jsonl: procurement, audits,
// regulators); the sentences are our own.

func TestNews23Events(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"violations or misuse an audit found accuse; a fact found is none",
			"Рахункова палата виявила нецільове використання коштів Херсонською ОВА. Ревізори виявили зловживання в Укрзалізниці. Синоптики виявили потепління.",
			[]string{"ACCUSE Рахункова палата → Херсонська ОВА", "ACCUSE Ревізори → "}},
		{"a licence revoked or annulled by its regulator is an administrative sanction",
			"НБУ відкликав ліцензію банку «Альфа». Комісія анулювала ліцензію компанії «Бета».",
			[]string{"COERCE НБУ → Альфа", "COERCE Комісія → Бета"}},
		{"a finding told of an inspection accuses; a finding with no inspection is none",
			"Під час позапланової перевірки ревізори Держаудитслужби виявили, що лікарня купувала ліки втридорога. Журналісти виявили, що мер живе в Польщі.",
			[]string{"ACCUSE ревізори Держаудитслужби → "}},
		{"a raise of tariffs approved backs no one",
			"Регулятор схвалив підвищення тарифів для обленерго.",
			nil},
		{"a court opening a bankruptcy case accuses no one; a criminal case opened does",
			"Господарський суд відкрив провадження у справі про банкрутство заводу «Мотор». НАБУ відкрило провадження щодо мера Одеси.",
			[]string{"ACCUSE НАБУ → мер Одеси"}},
		{"a firm's name in quotation marks right after the verb is its object, whatever case the tagger read",
			"Регулятор уже оштрафував «Київенергозбут» на 2 млн гривень.",
			[]string{"COERCE Регулятор → Київенергозбут"}},
		{"a neuter legal form after a masculine past verb is its object, never its subject",
			"Нацбанк оштрафував ТОВ «Гамма» на 3 млн гривень.",
			[]string{"COERCE Нацбанк → ТОВ «Гамма»"}}, // (Нацбанк, opening the sentence, tagged since session 26)
		{"financing given by a bank, the object put first, is aid",
			"Вартість робіт становить 20 млн євро, фінансування надає ЄБРР.",
			[]string{"AID ЄБРР → "}},
		{"a procurement's monitoring opened by the audit service checks the buyer; monitoring a situation is none",
			"Держаудитслужба розпочала моніторинг закупівлі Одеської ОВА. ОБСЄ проводить моніторинг ситуації на кордоні.",
			[]string{"ACCUSE Держаудитслужба → Одеська ОВА"}},
		{"a relative clause opened by що, set off with a short name in brackets, holds no subject of the verb after it",
			"Національна комісія, що здійснює регулювання ринку (НКРЕКП), на засіданні у вівторок анулювала ліцензію ТОВ «Альфа».",
			[]string{"COERCE Національна комісія → ТОВ «Альфа»"}},
		{"an acronym after a preposition's noun at the head of a що-clause is no subject of a verb with no gender: the speaker is",
			"Служба відновлення заявила, що після рішення АМКУ розірве договір з ТОВ «Бета».",
			[]string{"SANCTION Служба відновлення → ТОВ «Бета» [future]"}},
		{"findings referred to a law-enforcement body accuse; papers given to a museum are none",
			"Палата рекомендувала уряду змінити порядок, а матеріали перевірки направила до НАБУ. Родина передала матеріали до музею.",
			[]string{"ACCUSE Палата → НАБУ"}},
		{"the name before an impersonal form is its object, no subject of a verb in the next clause",
			"ТОВ «Альфа» оштрафовано на 9 млн гривень, ще 2 млн гривень стягнуть із ПП «Бета».",
			// (the firm fined is the impersonal form's object, session 23 h1)
			[]string{"COERCE  → ТОВ «Альфа»", "COERCE  → ПП «Бета» [future]"}},
		{"claims lodged against a debtor ask to be paid; demands spoken of are none",
			"ПриватБанк заявив до ТОВ «Альфа» грошові вимоги на 5 млн гривень. Міністр заявив про вимоги МВФ.",
			[]string{"REQUEST ПриватБанк → ТОВ «Альфа»"}},
		{"a board (правління) fines: both firms of a gapped fine are fined, the first no subject",
			"Правління НБУ оштрафувало АТ «Дельта» на 5 млн гривень, а страхову компанію «Омега» – на 1 млн гривень.",
			[]string{"COERCE Правління НБУ → АТ «Дельта»,Омега"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestNews23Quotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a neuter body (відділення) finds and speaks",
			"Обласне відділення фонду встановило, що лікарня завищила ціни на ліки.",
			[]string{"Обласне відділення фонду/встановити/indirect: лікарня завищила ціни на ліки"}},
		{"a trailing cue in a chamber (в палаті) names the chamber",
			"Звіт про аудит оприлюднять у п'ятницю, уточнили в палаті.",
			[]string{"палата/уточнити/indirect: Звіт про аудит оприлюднять у п'ятницю"}},
		{"a relative clause set off between the subject and the cue: its name does not speak",
			"Юристи, до яких звернулося видання, підтвердили, що договір укладено з порушеннями.",
			[]string{"Юристи/підтвердити/indirect: договір укладено з порушеннями"}},
		{"a second predicate after і past a participle's phrase set off by commas has the subject before the phrase",
			"Власники заводу в листі, надісланому у вівторок, назвали рішення «помилковим» і повідомили, що оскаржать його.",
			[]string{"Власники заводу/повідомити/indirect: оскаржать його"}},
		{"за їхніми словами stands for the group that opens the sentence before, not for the subject of a relative clause on its object",
			"Волонтери перевірили 20 контрактів, які управління освіти уклало з фірмою. За їхніми підрахунками, школа переплатила 2 млн гривень.",
			[]string{"Волонтери/за підрахунками/indirect: школа переплатила 2 млн гривень"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

func TestNews23Dates(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a contract named again at the head of a sentence is the agreement told before: it takes its date",
			"Міністерство у понеділок підписало контракт з компанією «Альфа». Контракт підписали міністр Олексій Кулеба та директор компанії Мехмет Йилдиз.",
			[]string{"AGREE Міністерство → Альфа on 2026-11-30", "AGREE Олексій Кулеба,Мехмет Йилдиз →  on 2026-11-30"}},
	}
	checkEventsAs(t, p, tests, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), func(x *vistka.Extraction, ev vistka.Event) string {
		if ev.Date != "" {
			return eventString(x, ev) + " on " + ev.Date
		}
		return eventString(x, ev)
	})
}
