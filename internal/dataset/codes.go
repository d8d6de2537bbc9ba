package dataset

// Diagnostic codes of the checks of a folder of exports (Diagnostic.Code): keys of the diag
// catalogue, whose words are in internal/diag/messages_*.go. A key
// "code/variant" words one code another way.
const (
	CodeFolderUnreadable        = "khong-doc-duoc-thu-muc"                // the data folder cannot be read
	CodeFileUnreadable          = "khong-doc-duoc-tep"                    // a file cannot be read
	CodeLinkLoop                = "tep-lien-ket-vong"                     // a symbolic link that points back to itself
	CodeNoIndicatorFile         = "thieu-tep-chi-tieu"                    // no chi-tieu.csv
	CodeUnknownColumn           = "cot-la"                                // a column of no format
	CodeMissingColumn           = "thieu-cot"                             // a required column is missing
	CodeNoIndicators            = "chi-tieu-trong"                        // chi-tieu.csv lists no indicator
	CodeNoID                    = "thieu-ma"                              // a row without an indicator id
	CodeBadID                   = "ma-khong-hop-le"                       // an id that cannot be a page address
	CodeDuplicateID             = "trung-ma"                              // an id declared twice
	CodeNoTitle                 = "thieu-ten"                             // an indicator without a title
	CodeNoUnit                  = "thieu-don-vi"                          // an indicator without a unit
	CodeBadChart                = "bieu-do-khong-hop-le"                  // a chart kind that does not exist
	CodeBadYesNo                = "co-khong-khong-hop-le"                 // a yes/no cell that is neither
	CodeBadEnglishName          = "ten-tieng-anh-khong-hop-le"            // a chuoi_en item that is not "Vietnamese=English"
	CodeUnknownEnglishSeries    = "ten-tieng-anh-cua-chuoi-khong-co"      // a chuoi_en name of a series the figures lack
	CodeUnknownIndicator        = "chi-tieu-khong-co"                     // an id not in chi-tieu.csv
	CodeMixedDecimals           = "dau-thap-phan-khong-nhat-quan"         // a number in the other decimal style than its file
	CodeGuessedDecimals         = "doan-dau-thap-phan"                    // warning: numbers read by guessing their decimal style
	CodeDuplicateFigure         = "trung-so-lieu"                         // two values for one indicator, period and series
	CodePeriodSpelling          = "ky-hai-cach-viet"                      // warning: one period written two ways
	CodeNegative                = "so-am"                                 // a negative value where none can be
	CodePercentInCount          = "phan-tram-o-chi-tieu-khong-phai-ty-le" // a % value in an indicator that is no percentage
	CodeOver100                 = "ty-le-tren-100"                        // a percentage above 100
	CodeNoFigures               = "tep-khong-co-so-lieu"                  // warning: an observation file without rows
	CodeUnknownLayout           = "khong-nhan-ra-bo-cuc"                  // an observation file of no layout
	CodeShiftedCells            = "o-trong-lech-cot"                      // a row that misses a cell
	CodeNoSeriesColumn          = "thieu-cot-chuoi"                       // rows that cannot be told apart without chuoi
	CodeBadPeriodColumn         = "cot-ky-khong-hop-le"                   // a wide-layout column that is no period
	CodeOrphanPercentColumn     = "cot-ty-le-khong-co-ky"                 // a “<kỳ> (%)” column without its period
	CodeSplitNumber             = "so-bi-tach-o"                          // a decimal number cut in two cells
	CodeIndicatorWithoutFigures = "chua-co-so-lieu"                       // an indicator without figures
	CodeSeriesWithoutFigures    = "chuoi-khong-co-so-lieu"                // a declared series without figures
	CodePartOverTotal           = "thanh-phan-lon-hon-tong"               // a part larger than its total
	CodeBadMeasure              = "phep-do-khong-hop-le"                  // a target measure that does not exist
	CodeBadOperator             = "toan-tu-khong-hop-le"                  // a target operator that does not exist
	CodeNoThreshold             = "thieu-nguong"                          // a target without a threshold
	CodeBadDeadline             = "han-khong-hop-le"                      // a target deadline that is no period
	CodeUnknownTargetSeries     = "chuoi-muc-tieu-khong-co"               // a target series without figures
	CodeNoDenominator           = "thieu-mau-so"                          // a share target without a denominator
	CodeNoPlan                  = "thieu-ke-hoach"                        // an attainment target without a plan series
	CodeAfterProgramme          = "ky-sau-chuong-trinh"                   // warning: a period after the programme
)
