package pipeline_test

import (
	"testing"
	"time"
)

// Arguments of events: the recipients that prepositions and pronouns
// name, and the actor a clause of its own does not lend. The sentences
// are our own.

func TestArgsRecipients(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the country invaded is under в with the accusative",
			"Білорусь вторглася в Литву минулого року.",
			[]string{"ASSAULT Білорусь → Литва @Литва"}},
		{"an apology is to whom перед names, a name or a common noun",
			"Міністр Петро Ковальчук вибачився перед Румунією за інцидент. Посол вибачився перед ветеранами.",
			[]string{"CONCEDE Петро Ковальчук → Румунія", "CONCEDE Посол → ветерани"}},
		{"an attack is on whom на names",
			"Бойовики напали на прикордонників уночі.",
			[]string{"ASSAULT Бойовики → прикордонники"}},
		{"a request is put to the body до names after звернутися",
			"Громада звернулася до прокуратури з вимогою перевірити забудовника. Депутат звернувся до міністерства з листом.",
			[]string{"REQUEST Громада → прокуратура", "REQUEST Депутат → міністерство"}},
		{"a meeting or a talk with people named by a common noun; one travelling along on a visit is no partner",
			"Мер Іван Сидоренко зустрівся з фермерами. Посол Ганна Мельник поговорила з волонтерами. Міністр Олег Бойко відвідав Одесу з дружиною.",
			[]string{"CONSULT/meet Іван Сидоренко → фермери", "CONSULT/meet Ганна Мельник → волонтери", "CONSULT/visit Олег Бойко → Одеса @Одеса"}},
		{"a partner named by an occupation with no name after it; a title before a name leaves the name",
			"Депутат Іван Павленко зустрічався з підприємницею. Посол Ганна Мельник зустрілася з міністром оборони Литви Олегом Бойком.",
			[]string{"CONSULT/meet Іван Павленко → підприємниця", "CONSULT/meet Ганна Мельник → Олег Бойко"}},
		{"a name in quotation marks after its kind and the kind's genitive tail is the partner",
			"Кабмін уклав договір з товариством інвалідів «Надія».",
			[]string{"AGREE Кабмін → Надія"}},
		{"a request put to a firm is to the name in quotation marks, not to its kind as well",
			"Громада звернулася до компанії «Омега» з вимогою повернути кошти.",
			[]string{"REQUEST Громада → Омега"}},
		{"a decision cancelled is the body's it is of",
			"Верховний суд скасував постанову апеляційного суду.",
			[]string{"REJECT Верховний суд → апеляційний суд"}},
		{"a claim turned down is the body's or the firm's that filed it",
			"Суд відхилив касацію обласної прокуратури. Колегія відмовилася задовольнити позов фірми.",
			[]string{"REJECT Суд → обласна прокуратура", "REJECT Колегія → фірма"}},
		{"a claim of someone named is the name's; a decision about a firm is not the firm's",
			"Суд відхилив скаргу матері загиблого військового Петра Гнатюка. Комісія скасувала рішення про перевірку підприємства.",
			[]string{"REJECT Суд → Петро Гнатюк", "REJECT Комісія → "}},
		{"a claim granted is the body's that filed it; a claim in a later clause is not the one granted",
			"Суд задовольнив позов прокуратури. Колегія задовольнила позов «Альфи», а не вимоги фірми.",
			[]string{"SUPPORT Суд → прокуратура", "SUPPORT Колегія → Альфа"}},
		{"a name in quotation marks after its kind in the accusative is whom, not the subject",
			"Регулятор оштрафував компанію «Дельта».",
			[]string{"COERCE Регулятор → Дельта"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestArgsPronounFirm(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a firm of the pronoun's gender in the sentence comes before a woman named in an earlier one",
			"Суддя Оксана Гнатюк розглянула справу. Інспекція з'ясувала, що фірма не сплатила податки, та оштрафувала її на 50 тис. грн.",
			[]string{"COERCE Інспекція → фірма"}},
		{"the subject of a що-clause is not the actor of a plural verb joined after it",
			"Посол Ганна Мельник відвідала Київ. В інспекції вирішили, що фірма порушила закон, та оштрафували її.",
			[]string{"CONSULT/visit Ганна Мельник → Київ @Київ", "COERCE інспекція → фірма"}}, // (the body the deciders are in: see afterThatClause in subjects)
		{"an accusative pronoun right before a plural verb with no subject is the firm named before it, not the firm acting",
			"Посол Ганна Мельник відвідала Київ. Фірма порушила закон, і її оштрафували.",
			[]string{"CONSULT/visit Ганна Мельник → Київ @Київ", "COERCE  → фірма"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
