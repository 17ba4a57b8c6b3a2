package ingest

var NFCStable = nfcStable
