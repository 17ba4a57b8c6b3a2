package pipeline_test

import (
	"testing"
	"time"
)

// TestS40ALinkLine checks that a line pointing to another article
// ("Читайте також: …", "Дивіться також: …") tells no event of the text,
// while the same words told in a line of the story keep theirs.
func TestS40ALinkLine(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"Читайте також", "Польща передала Україні генератори.\nЧитайте також: Зеленський і Фіцо зустрілися в Ужгороді: про що домовилися\nДанія передала Україні ракети.",
			[]string{"AID Польща → Україна", "AID Данія → Україна"}},
		{"Дивіться також", "Польща передала Україні генератори.\nДивіться також: Литва передала Україні дрони",
			[]string{"AID Польща → Україна"}},
		{"told in the story", "Польща передала Україні генератори.\nЗеленський і Фіцо зустрілися в Ужгороді.",
			[]string{"AID Польща → Україна", "CONSULT/meet Зеленський,Фіцо →  @Ужгород"}},
		{"a sentence asking to read, not a line", "Польща передала Україні генератори, читайте також: Литва передала Україні дрони.",
			[]string{"AID Польща → Україна", "AID Литва → Україна"}},
	}, time.Time{})
}

// TestS40AQuotedHeadline checks that a headline opening with a quotation
// before a colon or a dash ("«Санкції працюють повільно»: інтерв'ю з …")
// tells no event in the quoted words, while an event after the colon, a
// quoted name before it and the same words in the body stay.
func TestS40AQuotedHeadline(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"quotation before a colon", "«Санкції проти Росії діють повільно»: інтерв'ю з міністром Іветт Купер\nКупер відвідала Київ.",
			[]string{"CONSULT/visit Іветт Купер → Київ @Київ"}},
		{"quotation before a dash", "«Санкції проти Ірану не діють» — розмова з послом Франції Гаелем Весьєром\nПосол відвідав Львів.",
			[]string{"CONSULT/visit Гаель Весьєр → Львів @Львів"}},
		{"event after the colon stays", "«Ми чекали цього рішення»: Британія запровадила санкції проти Росії\nСанкції набули чинності.",
			[]string{"SANCTION Британія → Росія"}},
		{"quoted name, not a remark", "«Нафтогаз»: компанія уклала угоду з SOCAR\nДеталі угоди не розкривають.",
			[]string{"AGREE компанія → "}},
	}, time.Time{})
}

// TestS40AGlideBomb checks that a glide bomb (авіабомба) stands for the one
// who dropped it as a bomb does, when it hits.
func TestS40AGlideBomb(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"авіабомба влучила", "3 лютого російська авіабомба влучила в адмінбудівлю в Краснопіллі.",
			[]string{"ASSAULT російська авіабомба →  @Краснопілля"}},
		{"бомба влучила", "3 лютого російська бомба влучила в адмінбудівлю в Краснопіллі.",
			[]string{"ASSAULT російська бомба →  @Краснопілля"}},
	}, time.Time{})
}

// TestS40ASuspicionServedColon checks that a suspicion served before a
// colon ("НАБУ повідомило про підозру …: суд визначив заставу") makes no
// quote of what follows the colon, while words told before a colon stay
// a quote, with or without the one they were told to.
func TestS40ASuspicionServedColon(t *testing.T) {
	checkQuotes(t, load(t), []construction{
		{"повідомило про підозру …:", "НАБУ повідомило про підозру колишньому заступнику міністра: суд визначив заставу\nДетективи провели обшуки.",
			nil},
		{"повідомили про підозру у …:", "Поліція повідомила про підозру у шахрайстві двом чоловікам: їх затримали в Києві\nСуд обрав запобіжний захід.",
			nil},
		{"words told before a colon", "Прокурор Іван Коваль повідомив журналістам: підозру оголосять завтра.\nДетективи провели обшуки.",
			[]string{"Іван Коваль/повідомити/indirect: підозру оголосять завтра"}},
	}, time.Time{})
}

// TestS40ATalkIn checks that a discussion told with no subject, only a
// place in the locative and no partner ("у громаді обговорили
// будівництво"), is no meeting, while one with a partner or a subject
// stays.
func TestS40ATalkIn(t *testing.T) {
	checkEvents(t, load(t), []construction{
		{"у громаді обговорили", "Крім того, у громаді обговорили будівництво нової амбулаторії.",
			nil},
		{"в області обговорювали", "Минулого тижня в області обговорювали ремонт доріг.",
			nil},
		{"with a partner", "У громаді обговорили з інвесторами будівництво амбулаторії.",
			[]string{"CONSULT/meet громада → інвестори"}},
		{"with a subject", "У Брюсселі міністри оборони обговорили нові внески.",
			[]string{"CONSULT/meet міністри оборони →  @Брюссель"}},
	}, time.Time{})
}
