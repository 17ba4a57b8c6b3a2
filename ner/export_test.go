package ner

// SetHarmonize switches harmonizeTypes for experiments.
func SetHarmonize(on bool) { harmonize = on }

// SetPropagate switches propagate for experiments.
func SetPropagate(on bool) { propagate = on }
