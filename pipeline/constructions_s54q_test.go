package pipeline_test

import (
	"testing"
	"time"
)

// Session 54 (h54q): a statement that its cue, set off by commas,
// interrupts is both its parts without the cue, joined as an aside of
// як or за словами is ("Персональні дані, наголосили в міністерстві, не
// постраждали" says "Персональні дані не постраждали"); a connective, a
// relative clause's word or a conjunction before the cue is no part of
// it. The sentences are our own.

func TestS54qQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a verb of speech set off by commas after the subject of the statement",
			"Нові тарифи на воду, наголосили в НКРЕКП, запрацюють з травня.",
			[]string{"НКРЕКП/наголосити/indirect: Нові тарифи на воду запрацюють з травня"}},
		{"a belief set off by commas (вважає X) as на думку X is",
			"Ціни на пальне, вважає економіст Ігор Савчук, зростуть уже восени.",
			[]string{"Ігор Савчук/вважати/indirect: Ціни на пальне зростуть уже восени"}},
		{"an object put first with an adjective before its noun",
			"Остаточне рішення щодо тарифів, нагадали в Київській міській раді, ухвалить виконком у червні.",
			[]string{"Київська міська рада/нагадати/indirect: Остаточне рішення щодо тарифів ухвалить виконком у червні"}},
		{"an addressee in the dative put first",
			"Пенсіонерам, за словами мера Андрія Ковальчука, місто доплатить по 500 гривень до кінця року.",
			[]string{"Андрій Ковальчук/за словами/indirect: Пенсіонерам місто доплатить по 500 гривень до кінця року"}},
		{"the clause after a colon that a source cuts",
			"Комісія перевірила документи фірми: печатка, за висновком експертів, була підроблена ще у 2021 році.",
			[]string{"експерти/за висновком/indirect: печатка була підроблена ще у 2021 році"}},
		{"a connective, a relative word or a conjunction before the cue is no part of what is said",
			"Водночас, зазначив мер Андрій Ковальчук, ремонт мосту затягнеться до зими. Крім того, за словами Андрія Ковальчука, місто купить нові автобуси. Тим часом, додав Андрій Ковальчук, місто відремонтує дороги в центрі. Місто купило тролейбуси, які, наголосив Андрій Ковальчук, вийдуть на маршрути в травні.",
			[]string{"Андрій Ковальчук/зазначити/indirect: ремонт мосту затягнеться до зими", "Андрій Ковальчук/за словами/indirect: місто купить нові автобуси", "Андрій Ковальчук/додати/indirect: місто відремонтує дороги в центрі", "Андрій Ковальчук/наголосити/indirect: вийдуть на маршрути в травні"}},
		{"after a conjunction of reason the cue reports the reason's clause",
			"Мер Андрій Ковальчук провів нараду. Підрядник затягнув ремонт, тому, зазначив він, договір із ним розірвуть.",
			[]string{"Андрій Ковальчук/зазначити/indirect: договір із ним розірвуть"}},
		{"an aside of як at the start of the sentence stays as it is",
			"Як зазначили в поліції Полтавщини, підозрюваного затримали на вокзалі.",
			[]string{"поліція Полтавщини/зазначити/indirect: підозрюваного затримали на вокзалі"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}

// TestS54qMembersLed: members in the plural after a head's title are whom
// the head leads, a body the title goes on with, not the one member the
// head is made of (as ner's MemberAfterHead reads it for NER spans): the
// role is not the bare head, and not the director named before.
func TestS54qMembersLed(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a head of members in the plural is a role of its own",
			"Директор школи Олена Бойко провела нараду. Директор членів ради також наголосила, що ремонт завершать до осені.",
			[]string{"Директор членів ради/наголосити/indirect: ремонт завершать до осені"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
