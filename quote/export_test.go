package quote

// SetGates switches the skipping of quiet tokens in indirect, for the
// test that compares it with the plain loop.
func SetGates(on bool) { gates = on }
