package event

import (
	"strings"
)

// verbAt resolves the verb the token at i stands for, if any: its lemma,
// or the one a reflexive light verb, a vote or a participle tells, with
// whether it is a passive (agented when a set-off participle names its
// doer, doneTo the one it was done to) and kept when the vote kept one in
// place. It is "" for most tokens, and for verbs of words said, not done.
func (f *finder) verbAt(i int) (string, bool, bool, bool, string) {
	t := &f.toks[i]
	v := f.verb(i)
	kept := false
	if b := f.reflexiveLight(i); b != "" {
		v = b // "проводиться мобілізація": the light verb's passive with its noun
	}
	if (v == "проголосувати" || v == "голосувати") && i+2 < len(f.toks) && f.low(i+1) == "за" {
		// "проголосували за розірвання договору": what the vote
		// approved, when it names an event
		if _, ok := pairs["схвалити"][f.low(i+2)]; ok {
			v = "схвалити"
		}
		if f.voteToKeep(i + 2) {
			v, kept = "підтримати", true // "проголосували за те, щоб залишити його на посаді"
		}
	}
	passive := false
	agented, doneTo := false, ""
	if v == "" && !strings.HasPrefix(t.Tag, "adj") {
		return "", false, false, false, "" // no verb and no participle: most tokens, which none of the tests below need see
	}
	if v == "" {
		// "він був арештований", "був притягнений до
		// відповідальності": a passive participle names the event
		// with its subject as the one it was done to.
		v, passive = f.passiveVerb(i), true
		if v == "" {
			v = f.setOffParticiple(i)
		}
		if v == "" {
			// "Чоловік, затриманий поліцією, зізнався": set off
			// after its noun, with its doer
			v, doneTo = f.agentedParticiple(i)
			agented = v != ""
		}
	} else if undergone[v] {
		passive = true // "посадовці підозрюються у розтраті"
	} else if b := f.reflexivePassive(i); b != "" {
		v, passive = b, true // "Харків обстрілюється російськими військами"
	}
	if v == "" {
		return "", false, false, false, "" // no verb: most tokens, which the tables below need not be asked about
	}
	if v == "говорити" && !f.talkedWith(i) {
		return "", false, false, false, "" // "говорив про необхідність реформ", "Як говорить міністр": words said, no talk
	}
	if f.unstated(i, v) {
		return "", false, false, false, ""
	}
	return v, passive, agented, kept, doneTo
}
