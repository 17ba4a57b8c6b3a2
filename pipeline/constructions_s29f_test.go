package pipeline_test

import (
	"strings"
	"testing"
	"time"
)

// TestS29FOrbit checks that вивести into orbit, onto a market or out of
// action is no withdrawal, while troops withdrawn stay a RETREAT.
func TestS29FOrbit(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a satellite put into orbit",
			"Український супутник у неділю вивели на орбіту ракетою-носієм Falcon 9.",
			nil},
		{"a product put on the market",
			"Фармацевтична компанія вивела на ринок новий препарат.",
			nil},
		{"a generator put out of action",
			"Окупанти вивели з ладу генератор лікарні.",
			nil},
		{"troops withdrawn stay a withdrawal",
			"Росія вивела війська з Херсона.",
			[]string{"RETREAT Росія →  @Херсон"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29FSeatTypedPlace checks that a protest at a regional
// administration is placed in its town also when the tagger takes the
// administration's name for a place.
func TestS29FSeatTypedPlace(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a rally outside a regional state administration",
			"У понеділок студенти вийшли на акцію під стінами Харківської облдержадміністрації.",
			[]string{"PROTEST студенти →  @Харків"}},
		{"a rally outside a regional administration by its abbreviation",
			"Активісти провели мітинг під стінами Житомирської ОДА.",
			[]string{"PROTEST Активісти → Житомирська ОДА @Житомир"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29FRegionalCredit checks that a closing "Джерело: X" line naming a
// regional edition of an outlet that names itself gives that edition as
// the publisher, as the outlet alone is.
func TestS29FRegionalCredit(t *testing.T) {
	p := load(t)
	for _, c := range []struct {
		name, text, publisher string
		via                   []string
	}{
		{"a regional edition in a credit line",
			"ООН доставила воду до Херсона\n\nАгенції ООН доставили до Херсона 12 вантажівок з питною водою.\n\nДжерело: Суспільне Херсон",
			"Суспільне Херсон", nil},
		{"the outlet alone",
			"ООН доставила воду до Херсона\n\nАгенції ООН доставили до Херсона 12 вантажівок з питною водою.\n\nДжерело: Суспільне",
			"Суспільне", nil},
		{"a body in a credit line stays cited",
			"ООН доставила воду до Херсона\n\nАгенції ООН доставили до Херсона 12 вантажівок з питною водою.\n\nДжерело: Міноборони",
			"", []string{"Міноборони"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := p.Extract(c.text, time.Time{})
			if x.Source.Publisher != c.publisher || strings.Join(x.Source.Via, "|") != strings.Join(c.via, "|") {
				t.Errorf("publisher %q via %q, want %q and %q", x.Source.Publisher, x.Source.Via, c.publisher, c.via)
			}
		})
	}
}

// TestS29FGivenFronted checks aid whose sum and recipient are put before
// the verb and the giver after it, and aid given to stations named in
// the dative; a sum fronted with no one given it stays no aid.
func TestS29FGivenFronted(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a sum and the state given it before the verb, the government after",
			"Фінансування у розмірі 4,5 млн євро Молдові надасть уряд Естонії.",
			[]string{"AID Естонія → Молдова [future]"}},
		{"the usual order",
			"Уряд Естонії надасть Молдові 4,5 млн євро.",
			[]string{"AID Естонія → Молдова [future]"}},
		{"equipment to stations in the dative",
			"Агентство передасть атомним станціям генератори.",
			[]string{"AID Агентство → атомні станції [future]"}},
		{"a sum fronted, no one given it",
			"Понад 4,5 млн євро витратив уряд Естонії.",
			nil},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29FCyberPolice checks that the cyber police, named by its common
// noun, opens a criminal case as the police does.
func TestS29FCyberPolice(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the cyber police opens a case",
			"Кіберполіція відкрила кримінальне провадження.",
			[]string{"ACCUSE Кіберполіція → "}},
		{"the police opens a case",
			"Поліція відкрила кримінальне провадження.",
			[]string{"ACCUSE Поліція → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}

// TestS29FAcademySays checks that an academy named again by its common
// noun in the locative speaks for itself, as a ministry does.
func TestS29FAcademySays(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"an academy in the locative",
			"Національна академія наук підтримала студентів. В академії наголосили, що університет має дві спільні лабораторії.",
			[]string{"Національна академія наук/наголосити/indirect: університет має дві спільні лабораторії"}},
		{"a ministry in the locative",
			"Міносвіти ухвалило рішення. У міністерстві наголосили, що університет має чотири лабораторії.",
			[]string{"Міносвіти/наголосити/indirect: університет має чотири лабораторії"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS29FGroupAfterAttack checks that a cyberattack put first, its
// target a quoted name under a preposition, is the group's named after
// the verb, not the target's.
func TestS29FGroupAfterAttack(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"the attack first, the group after the verb",
			"Кібератаку на інтернет-провайдера «Лінкмережа» 3 липня здійснило угруповання UAC-0050, пов'язане з російськими спецслужбами.",
			[]string{"ASSAULT UAC-0050 → "}},
	}
	checkEvents(t, p, tests, time.Time{})
}
