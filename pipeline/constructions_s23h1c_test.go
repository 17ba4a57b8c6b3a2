package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file are parties a text names once in full
// and then refers back to by a kind or role noun (ТОВ «Альфа» … фірма,
// Вінницька міська рада … міськрада, Господарський суд … суд, позивач —
// X … позивач): the event's arguments and the quote's speaker are the
// party named before, when exactly one fits within five sentences
// (session 23, helper h1). The sentences are our own.

func TestS23H1cEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a firm named with its legal form and then called фірма",
			"Податківці перевірили ТОВ «Альфа-Буд». Фірма оскаржила рішення податкової до суду.",
			[]string{"ACCUSE ТОВ «Альфа-Буд» → "}},
		{"a council named in full and then called міськрада",
			"Вінницька міська рада уклала договір на ремонт мосту. Згодом міськрада розірвала договір з підрядником.",
			[]string{"AGREE Вінницька міська рада → ", "SANCTION Вінницька міська рада → підрядник"}},
		{"a court named in full and then called суд",
			"Про це свідчить рішення Господарського суду Київської області. Суд зобов'язав ТОВ «Омега» повернути ділянку.",
			[]string{"COERCE Господарський суд Київської області → ТОВ «Омега»"}},
		{"a party introduced by its role (позивач — X) and then called позивач",
			"Позивач — ТОВ «Зерно-Трейд» — вимагав стягнути борг. Суд відмовив позивачу в задоволенні позову.",
			[]string{"REQUEST ТОВ «Зерно-Трейд» → ", "REJECT Суд → ТОВ «Зерно-Трейд»"}},
		{"two firms named before: фірма stays a phrase",
			"ТОВ «Альфа» та ТОВ «Бета» подали пропозиції на торги. Фірма оскаржила рішення комісії.",
			[]string{"ACCUSE Фірма → комісія"}},
		{"a kind noun followed by its own name is that name's",
			"ТОВ «Альфа» виграло торги. Фірма «Бета» оскаржила рішення комісії.",
			[]string{"ACCUSE Бета → комісія"}},
		{"a generic plural фірми stands for no one firm",
			"ТОВ «Альфа» виграло торги. Фірми оскаржили рішення комісії.",
			[]string{"ACCUSE Фірми → комісія"}},
		{"a firm named too far back is not referred to",
			"Податківці перевірили ТОВ «Альфа-Буд». Перевірка тривала місяць. Її провели двоє інспекторів. " +
				"Вони вивчили документи. Інспектори склали акт. Акт підписали всі. Керівник був відсутній. " +
				"Фірма оскаржила рішення податкової до суду.",
			[]string{"ACCUSE Фірма → "}},
		{"another firm named further back than five sentences: фірма stays a phrase",
			"ТОВ «Бета» програло торги. Перевірка тривала місяць. Її провели двоє інспекторів. " +
				"Вони вивчили документи. Інспектори склали акт. Акт підписали всі. ТОВ «Альфа» виграло торги. " +
				"Фірма оскаржила рішення податкової до суду.",
			[]string{"ACCUSE Фірма → "}},
		{"a firm with no legal form named is no фірма's referent",
			"Податківці перевірили Альфа-Буд. Фірма оскаржила рішення податкової до суду.",
			[]string{"ACCUSE Фірма → "}},
		{"суд after до (звернутися до суду) is the court of a claim, not the one named",
			"Про це свідчить постанова Вищого господарського суду України. Прокуратура Києва звернулася до суду з вимогою скасувати рішення Київради.",
			[]string{"REQUEST Прокуратура Києва → суд"}},
	}
	checkEvents(t, p, tests, time.Time{})
}

func TestS23H1cQuotes(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a firm named with its legal form speaks as компанія, a body as посольство",
			"ТОВ «Альфа-Буд» виграло тендер на ремонт дороги. У компанії заявили, що роботи завершать до осені. " +
				"Посольство Китаю в Чехії відкинуло звинувачення. У посольстві заявили, що Китай сам є жертвою кібератак.",
			[]string{"ТОВ «Альфа-Буд»/заявити/indirect: роботи завершать до осені",
				"Посольство Китаю в Чехії/заявити/indirect: Китай сам є жертвою кібератак"}},
		{"two firms named before: компанія speaks as a phrase",
			"ТОВ «Альфа» та ТОВ «Бета» подали пропозиції на торги. У компанії заявили, що роботи завершать до осені.",
			[]string{"компанія/заявити/indirect: роботи завершать до осені"}},
		{"a court named and then called суд speaks",
			"Про це свідчить постанова Вищого господарського суду України. Суд встановив, що фірма пропустила строк.",
			[]string{"Вищий господарський суд України/встановити/indirect: фірма пропустила строк"}},
		{"a sentence naming a court beside a bare суд has two courts at work: суд stays a phrase",
			"У 2008 році Вищий господарський суд України ухвалу суду скасував. Суд встановив, що фірма пропустила строк.",
			[]string{"Суд/встановити/indirect: фірма пропустила строк"}},
	}
	checkQuotes(t, p, tests, time.Time{})
}
