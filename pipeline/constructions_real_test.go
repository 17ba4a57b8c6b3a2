package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the event errors of
// the real news and press sets (testdata/gold/studied2.jsonl, press.jsonl
// and quotes_events.jsonl); the sentences are our own.

func TestRealEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a phrase of likeness set off before the verb names no subject",
			"Нинішні депутати, як і їхні попередники, відмовилися розглядати питання про перейменування вулиць.",
			[]string{"REJECT Нинішні депутати → "}},
		{"a pledge signed under force is no agreement; a treaty one was made to sign with another side is",
			"Бойовики через погрози змусили полонених підписати зобов'язання. Зрада хана примусила Хмельницького укласти з Польщею мирний договір.",
			[]string{"COERCE Бойовики → полонений", "AGREE  → Польща"}},
		{"what a power allows is not done",
			"Партія запропонувала обрати раду, яка матиме право більшістю голосів її членів зобов'язати кандидата знятися з виборів.",
			nil},
		{"taking someone's side supports him; defending rights in general names no one",
			"Адвокат виступив на захист журналіста Петра Коваля. Депутати виступили на захист прав людини.",
			[]string{"SUPPORT Адвокат → Петро Коваль"}},
		{"someone caught at a wrongdoing is accused; a fish or a smuggler at the border is not",
			"Журналісти спіймали депутата на брехні. Рибалка впіймав щуку на озері. Прикордонники зловили контрабандиста на кордоні.",
			[]string{"ACCUSE Журналісти → депутат"}},
		{"seeking an act annulled or found void contests it; seeking a raise does not",
			"З 2015 року обласна прокуратура домагалася визнання договору оренди недійсним. Профспілка домагалася підвищення зарплати.",
			[]string{"ACCUSE обласна прокуратура → "}},
		{"answering by an action with a demand or of protest is a protest; a reply to a letter is none",
			"Шахтарі відповіли на рішення уряду акцією протесту. Прихильники партії відреагували на цей лист акцією з вимогою не будувати пам'ятник. Мер відповів на лист мешканців.",
			[]string{"PROTEST Шахтарі → ", "PROTEST Прихильники партії → "}},
		{"the event noun a relative clause of a light verb stands for",
			"Директор вимагав гроші за припинення акцій протесту, які профспілка працівників галузі проводила біля міністерства.",
			[]string{"REQUEST Директор → ", "PROTEST профспілка працівників галузі → "}},
		{"people counted by a number are named as many as the text says",
			"Наразі 12 осіб заарештовано, вони перебувають у СІЗО.",
			[]string{"COERCE  → 12 осіб"}},
		{"a deal with a partner told by its participle of signing is an agreement; a deal merely received is not",
			"Йдеться про контракт з юридичною фірмою «Правий берег», підписаний 17 червня 2014 року. Компанія отримала контракт з державою.",
			[]string{"AGREE  → Правий берег"}},
		{"an inspection of a body during which the subject acts checks that body",
			"Під час позапланової перевірки Укрзалізниці аудитори Рахункової палати виявили порушення. Під час перевірки документів інспектори нічого не знайшли.",
			[]string{"ACCUSE аудитори Рахункової палати → Укрзалізниця"}},
		{"the body checked is no one else's restated inquiry; the body before під час checks it when the verb's subject is not found",
			"Генеральна прокуратура відкрила кримінальне провадження щодо посадовців «Укрзалізниці». На цей договір звернула увагу Держаудитслужба під час позапланової перевірки Укрзалізниці минулого року.",
			[]string{"ACCUSE Генеральна прокуратура → посадовець", "ACCUSE Держаудитслужба → Укрзалізниця"}},
		{"the full stop of an initial inside a name does not cut a light verb from its noun",
			"Архієпископ Митрофан написав відкритий лист до С . Кравченка з вимогою не розглядати питання щодо пам'ятника .",
			[]string{"REQUEST Митрофан → С . Кравченко"}},
		{"a letter to someone named with a demand is a request, whoever wrote it",
			"Були численні мітинги, колективні листи до міського голови Сергія Кравченка з вимогою не допустити такої ганьби.",
			[]string{"REQUEST  → Сергій Кравченко"}},
		{"fighting only on someone's side names no enemy; fighting against one does",
			"Українці змушені були воювати на боці австрійської армії. Козаки воювали на боці шведів проти російської армії.",
			[]string{"ASSAULT Козаки → "}},
		{"two suspects joined in the dative are both told of the suspicion",
			"Прокуратура повідомила про підозру колишньому депутату та його помічнику.",
			[]string{"ACCUSE Прокуратура → депутат,помічник"}},
		{"giving up land or a seat concedes; refusing a proposal or taking part rejects",
			"Держлісгосп планує відмовитися від 4,25 тис гектарів угідь. Депутат відмовився від мандата. Уряд відмовився від пропозиції МВФ.",
			[]string{"CONCEDE Держлісгосп →  [future]", "CONCEDE Депутат → ", "REJECT Уряд → "}},
		{"a crowd come out under a building's walls named at the head of the clause protests; coming out to work does not",
			"Під стіни Верховної Ради та багатьох обласних рад вийшли громадські активісти. На роботу вийшли всі працівники.",
			[]string{"PROTEST громадські активісти →  @Верховна Рада"}},
		{"a participle set off after its event noun tells the event, its agent the actor",
			"Ці вимоги, висунуті коаліцією громадських організацій до Верховної Ради, були в основі обіцянок. Санкції, запроваджені Євросоюзом проти Росії, діють до липня.",
			[]string{"REQUEST коаліція громадських організацій → Верховна Рада", "SANCTION Євросоюз → Росія"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
