package event

import "example.com/lib/date"

// parse uses the date package.
func parse(s string) string { return date.Parse(s) } // a trailing comment
