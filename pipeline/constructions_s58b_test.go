package pipeline_test

import (
	"testing"
	"time"
)

// TestS58BFeeCompensated: плата followed by за is a fee for something
// (плата за навчання, за комунальні послуги), not wages; a payment that
// compensates a fee is aid, while a payment of заробітна плата stays an
// employer's pay.
func TestS58BFeeCompensated(t *testing.T) {
	p := load(t)
	checkEvents(t, p, []construction{
		{"a compensation of a housing fee",
			"Міськрада виплатила переселенцям компенсацію плати за житло.",
			[]string{"AID Міськрада → переселенці"}},
		{"a compensation of a kindergarten fee, future",
			"Уряд виплатить родинам переселенців компенсацію плати за дитячий садок.",
			[]string{"AID Уряд → родини переселенців [future]"}},
		{"wages for a month are still wages",
			"Шахта виплатила гірникам заробітну плату за березень.",
			nil},
	}, time.Time{})
}
