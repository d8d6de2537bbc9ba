package indicator

// Diagnostic codes of the consistency warnings of an indicator (Diagnostic.Code): keys of the diag
// catalogue, whose words are in internal/diag/messages_*.go. A key
// "code/variant" words one code another way.
const (
	CodePartsDoNotAddUp    = "tong-khong-khop"            // the parts do not add up to the total
	CodeShareOfParts       = "ty-le-tren-tong-thanh-phan" // a reported share computed on the sum of the parts
	CodeShareDiffers       = "ty-le-bao-cao-khac"         // a reported share that differs from the computed one
	CodeDenominatorsDiffer = "mau-so-khac-nhau"           // one share on different denominators across periods
	CodeMissingYear        = "thieu-so-lieu-nam"          // an annual target without the figures of a year
	CodeOverdue            = "het-han-chua-co-so-lieu"    // a target past its deadline without figures
	CodeOutlier            = "gia-tri-bat-thuong"         // a value far from the rest of its series
)
