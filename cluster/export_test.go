package cluster

// Embedded returns the embedded file.
func Embedded() []byte { return embedded }
