package pipeline_test

import (
	"testing"
	"time"
)

// TestS43HRelativeLoan checks that a loan named before a relative clause
// whose lender agreed it for a borrower (кредиту …, який банк погодив для
// «Нафтогазу») is aid to the borrower, as when the loan follows the verb,
// also past the lender's name and the sum after the loan; a loan the
// sides agreed with no borrower named stays no aid.
func TestS43HRelativeLoan(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a loan with its sum, agreed for a firm",
			"Ремонт оплатять коштом кредиту ЄБРР на суму 150 млн євро, який банк погодив для «Укргідроенерго».",
			[]string{"AID банк → Укргідроенерго"}},
		{"a loan past the lender's long name",
			"Закупівлю профінансують з кредиту Європейського банку реконструкції та розвитку на суму 90 млн євро, який банк погодив для «Укрзалізниці».",
			[]string{"AID банк → Укрзалізниця"}},
		{"a loan agreed for a state in the dative",
			"Програму фінансують з кредиту Світового банку, який банк погодив Україні.",
			[]string{"AID банк → Україна"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS43HPromisedUnless checks that a protest promised or threatened
// with an unmet condition after it (обіцяли повторити акцію, якщо їх не
// почують) is a threat of protest, as when the condition opens the
// sentence; a protest promised with no condition stays a protest to come.
// Repeating a protest (повторити пікет, повторити акцію after a protest
// the text told) is a protest; a charity action repeated is none.
func TestS43HPromisedUnless(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a road block promised unless paid",
			"Шахтарі пообіцяли перекрити трасу, якщо уряд не погасить борги.",
			[]string{"THREATEN Шахтарі → "}},
		{"a blockade repeated unless quotas go",
			"Фермери пообіцяли повторити блокаду кордону, якщо уряд не скасує квоти.",
			[]string{"THREATEN Фермери → "}},
		{"after a demand, the subject shared",
			"Фермери вимагали від уряду скасувати мито та пообіцяли повторити акцію протесту, якщо їх не почують.",
			[]string{"REQUEST Фермери → уряд", "THREATEN Фермери → "}},
		{"a picket repeated",
			"Активісти повторили пікет під стінами міськради.",
			[]string{"PROTEST Активісти → "}},
		{"an action repeated after a protest told",
			"Мешканці села пікетували райраду. Мешканці пообіцяли повторити акцію, якщо їх не почують.",
			[]string{"PROTEST Мешканці села → райрада", "THREATEN Мешканці → "}},
		{"a charity action repeated",
			"Волонтери провели в парку акцію з прибирання. Наступного місяця вони повторять акцію.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS43HGivenBoats checks that patrol boats and radars handed to
// another state are aid, as other materiel is, and that WHO gives abroad
// as the UN's other agencies do.
func TestS43HGivenBoats(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"patrol boats to come",
			"Токіо надасть Манілі п'ять патрульних катерів.",
			[]string{"AID Токіо → Маніла [future]"}},
		{"radars given",
			"Норвегія передала Молдові два радари.",
			[]string{"AID Норвегія → Молдова"}},
		{"a boat in a place is no gift",
			"Прикордонники на катері затримали човен контрабандистів.",
			[]string{"COERCE Прикордонники → контрабандисти"}},
		{"WHO's grant",
			"ВООЗ виділить на випробування вакцини грант у розмірі 2 млн доларів.",
			[]string{"AID ВООЗ →  [future]"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS43HManySidesMeet checks that ministers or leaders of three states
// or more who meet, named in the subject, hold a multilateral meeting;
// two states' ministers, and three who meet one more with з, keep a
// plain meeting.
func TestS43HManySidesMeet(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"four states' ministers to meet",
			"Міністри оборони Японії, Індії, США та Австралії зустрінуться в Токіо.",
			[]string{"CONSULT/multilateral США →  @Токіо [future]"}},
		{"three states' ministers met",
			"Міністри закордонних справ Польщі, Франції та Німеччини зустрілися у Веймарі.",
			[]string{"CONSULT/multilateral Міністри закордонних справ Польщі, Франції та Німеччини →  @Веймар"}},
		{"two states' ministers",
			"Міністри оборони України та Польщі зустрілися у Варшаві.",
			[]string{"CONSULT/meet Міністри оборони України та Польщі →  @Варшава"}},
		{"three who meet a fourth",
			"Президенти Литви, Латвії та Естонії зустрілися з президентом Польщі у Вільнюсі.",
			[]string{"CONSULT/meet Литва,Латвія,Естонія → Польща @Вільнюс"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS43HModalTalks checks that talks one is to hold (має провести
// переговори) are one meeting to come, told by the infinitive's pair:
// the modal мати with переговори after the infinitive is no second,
// partnerless meeting; talks had (мав переговори) stay one.
func TestS43HModalTalks(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"talks to be held",
			"Міністр має провести переговори з прем'єром Польщі.",
			[]string{"CONSULT/meet Міністр → Польща [future]"}},
		{"talks had",
			"Міністр мав переговори з прем'єром Польщі.",
			[]string{"CONSULT/meet Міністр → Польща"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS43HAllottedForSupport checks that money a state allots "на
// підтримку" of another state goes to that state, as "спрямує на
// підтримку України" does; support of people named by a common noun adds
// no state.
func TestS43HAllottedForSupport(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a state's money for another's support",
			"Німеччина виділила на підтримку Молдови 50 млн євро.",
			[]string{"AID Німеччина → Молдова"}},
		{"to come, with ще",
			"Варшава виділить на підтримку України ще 400 млн злотих.",
			[]string{"AID Варшава → Україна [future]"}},
		{"support of people by a common noun",
			"Мерія виділила на підтримку ветеранів 2 млн гривень.",
			[]string{"AID Мерія → ветерани"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS43HSuspectOneSentenceOn checks that a pronoun in the dative
// opening a subjectless charge (Йому повідомили про підозру) stands for
// the one detained two sentences before when the sentence between tells
// no event and goes on about him (Зловмисник …, Він …); a sentence
// between that opens with someone else in the plural leaves it unnamed.
func TestS43HSuspectOneSentenceOn(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a common noun between",
			"Поліція затримала в Полтаві 40-річного водія. Зловмисник збив пішохода і втік. Йому повідомили про підозру.",
			[]string{"COERCE Поліція → 40-річного водія @Полтава", "ACCUSE  → 40-річного водія"}},
		{"a pronoun between",
			"Прикордонники затримали 25-річного мешканця області. Він намагався перетнути кордон поза пунктом пропуску. Йому повідомили про підозру.",
			[]string{"COERCE Прикордонники → 25-річного мешканця області", "ACCUSE  → 25-річного мешканця області"}},
		{"others in the plural between",
			"Поліція затримала в Полтаві 40-річного водія. Свідки викликали швидку. Йому повідомили про підозру.",
			[]string{"COERCE Поліція → 40-річного водія @Полтава"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS43HPressActs checks that the press named as a whole (ЗМІ, медіа)
// is a party that accuses and is accused, as an outlet is.
func TestS43HPressActs(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"state media accuse",
			"Російські державні ЗМІ звинуватили організаторів виставки в русофобії.",
			[]string{"ACCUSE Російські державні ЗМІ → організатори виставки"}},
		{"the press criticise",
			"Західні медіа розкритикували рішення уряду.",
			[]string{"ACCUSE Західні медіа → уряд"}},
		{"the press accused",
			"Депутат звинуватив ЗМІ у маніпуляціях.",
			[]string{"ACCUSE Депутат → ЗМІ"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS43HContractBrokenWith checks that a contract broken with a party
// named by a common noun (з фірмою, з постачальником) has that party as
// its recipient, as a named firm has.
func TestS43HContractBrokenWith(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"with a firm",
			"Міністерство оборони розірвало договір з фірмою.",
			[]string{"SANCTION Міністерство оборони → фірма"}},
		{"with a supplier",
			"Міністерство розірвало контракт з постачальником.",
			[]string{"SANCTION Міністерство → постачальник"}},
		{"with a named firm, as before",
			"Міністерство розірвало контракт з компанією «Альфа».",
			[]string{"SANCTION Міністерство → Альфа"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS43HCountedPartner checks that a partner counted in figures under з
// (з 40 компаніями, з 20 підприємцями) is the other side of an agreement
// or a meeting, written as the text counts it, as a partner with no count
// is; a quantity in figures that is no party stays none.
func TestS43HCountedPartner(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"memoranda with firms counted",
			"Міністерство підписало меморандуми з 40 компаніями.",
			[]string{"AGREE Міністерство → 40 компаніями"}},
		{"a meeting with entrepreneurs counted",
			"Прем'єр зустрівся з 20 підприємцями.",
			[]string{"CONSULT/meet Прем'єр → 20 підприємцями"}},
		{"a share is no party",
			"Уряд підписав угоду з Польщею про скорочення мита на 10 відсотків.",
			[]string{"AGREE Уряд → Польща"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
