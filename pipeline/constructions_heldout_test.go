package pipeline_test

import (
	"testing"
	"time"
)

// The constructions of this file were found reading the event errors of
// the studied held-out set (testdata/gold/heldout.jsonl) and the fourth
// studied set (testdata/gold/studied4.jsonl); the sentences are our own.

func TestHeldOutEvents(t *testing.T) {
	p := load(t)
	tests := []construction{
		{"a firm that recovers a sum from another has no power to make it pay: it sues; a court or a state body coerces",
			"Про це повідомили в суді. ДП «Квант» стягує з ТОВ «Омега» 12 млн грн боргу. Компанія «Укрнафта» стягнула з ТОВ «Бета» 3 млн грн. Суд стягнув з ТОВ «Сігма» 1 млн грн. Державна податкова служба стягнула з ТОВ «Дельта» 2 млн грн штрафу.",
			[]string{"ACCUSE ДП «Квант» → ТОВ «Омега»", "ACCUSE Укрнафта → ТОВ «Бета»", "COERCE Суд → ТОВ «Сігма»", "COERCE Державна податкова служба → ТОВ «Дельта»"}},
		{"a firm the sum is recovered for is not the one who recovers it",
			"Про це повідомили в суді. Господарський суд стягнув з ТОВ «Сігма» на користь ДП «Квант» 1 млн грн.",
			[]string{"COERCE Господарський суд → ТОВ «Сігма»"}},
		{"an appeal with its subject after the verb: the body named in the act put first is whom it is against, the body after the subject is the subject's own",
			"Про це повідомили в суді. Передачу цих земель «Товариству рибалок Полісся» оскаржило Поліське рибне підприємство. Рішення Київської міської ради оскаржило ТОВ «Альфа». Цей договір оскаржило ТОВ «Бета» Київської обласної організації профспілок.",
			[]string{"ACCUSE Поліське рибне підприємство → Товариство рибалок Полісся", "ACCUSE ТОВ «Альфа» → Київська міська рада", "ACCUSE ТОВ «Бета» → "}},
		{"with the subject first, the act's body is left to the rules of the object",
			"Про це повідомили в суді. ТОВ «Альфа» оскаржило рішення Київської міської ради.",
			[]string{"ACCUSE ТОВ «Альфа» → Київська міська рада"}},
	}
	checkEvents(t, p, tests, time.Time{})
}
