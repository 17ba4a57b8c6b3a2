package pipeline_test

import (
	"testing"
	"time"
)

// Aid given as the object of any verb of giving (session 51, helper h51s):
// the verbs that give aid when their object is money or goods (виплатити,
// постачати, пожертвувати, додати, …) take допомога as their object too,
// as надати and передати already did: the class, not one verb at a time.
// The ones given may be put first, in the dative, as with a sum given:
// "Мешканцям … виконком виплатить допомогу". The sentences are our own.
func TestAidObjectOfGivingS51s(t *testing.T) {
	p := load(t)
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	checkEvents(t, p, []construction{
		{"foreign desk: a state supplies humanitarian aid",
			"Норвегія постачатиме Молдові гуманітарну допомогу.",
			[]string{"AID Норвегія → Молдова [future]"}},
		{"city desk: the people paid put first, before the giver",
			"Родинам загиблих гірників виконком виплатить одноразову допомогу.",
			[]string{"AID виконком → родини загиблих гірників [future]"}},
		{"social desk: a community pays displaced people, imperfective",
			"Переселенцям з Луганщини громада щомісяця виплачує грошову допомогу.",
			[]string{"AID громада → переселенці"}},
		{"business desk: a firm donates aid to flood victims",
			"Мережа «Фора» пожертвувала допомогу постраждалим від повені.",
			[]string{"AID Фора → постраждалі"}},
		{"war desk: the wounded given aid put first",
			"Пораненим захисникам фонд «Сильні» передав допомогу.",
			[]string{"AID Сильні → поранені захисники"}},
	}, wed)
}
