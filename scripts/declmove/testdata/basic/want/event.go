package event

import "sort"

// Find is the entry point and stays.
func Find(words []string) int {
	sort.Strings(words)
	return count(words) + width(words[0]) + len(stopWords)
}

type finder struct {
	toks []string
}
