package pipeline_test

import (
	"testing"
	"time"
)

// TestS45BEnvoysPost: the place in the title of the doer, an envoy named
// with whose envoy he is and his post ("Посол Польщі в Україні",
// "Представниця ЮНІСЕФ у Молдові"), says where he serves, not where
// his act was; a place of the act's own after the verb still counts.
func TestS45BEnvoysPost(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"an ambassador's thanks",
			"Парламент у четвер ухвалив бюджет.\n\nПосол Польщі в Україні Пйотр Лукасевич подякував волонтерам за допомогу.",
			[]string{"SUPPORT Пйотр Лукасевич → волонтери"}},
		{"a coordinator's call, the title long",
			"Парламент у четвер ухвалив бюджет.\n\nКоординаторка ООН з гуманітарних питань у Молдові Ірина Ковальчук закликала Росію припинити удари.",
			[]string{"REQUEST Ірина Ковальчук → Росія"}},
		{"the act's own place",
			"Парламент у четвер ухвалив бюджет.\n\nПосол Польщі Пйотр Лукасевич у Вінниці зустрівся з волонтерами.",
			[]string{"CONSULT/meet Пйотр Лукасевич → волонтери @Вінниця"}},
		{"an ambassador's meeting",
			"Парламент у четвер ухвалив бюджет.\n\nПосол Польщі в Україні Пйотр Лукасевич зустрівся з волонтерами.",
			[]string{"CONSULT/meet Пйотр Лукасевич → волонтери"}},
	}, time.Time{})
}
