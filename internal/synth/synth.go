// Package synth writes a deterministic synthetic folder of exports, for
// benchmarks: N indicators × 10 years (2016–2025) × a total "Tổng số" and
// parts that add up to it, one target per 5 indicators, about 10 groups,
// Vietnamese titles, half the indicators in a long observation file and
// half in a wide one. The same Options give the same bytes: the numbers come
// from a seeded generator, nothing from the clock.
package synth

import (
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// Options says what to generate.
type Options struct {
	Indicators int    // how many indicators (N)
	Parts      int    // parts per indicator besides the total; 0: 3
	Seed       uint64 // the same seed gives the same files
}

// Years are the periods of every indicator.
const (
	FirstYear = 2016
	LastYear  = 2025
)

var groups = []string{
	"I.1. Phát triển kinh tế và chuyển dịch cơ cấu",
	"I.2. Nông nghiệp, nông thôn và xây dựng nông thôn mới",
	"I.3. Công nghiệp, tiểu thủ công nghiệp và xây dựng",
	"I.4. Thương mại, dịch vụ và du lịch",
	"I.5. Tài chính, ngân sách và đầu tư công",
	"II.1. Giáo dục và đào tạo",
	"II.2. Y tế và chăm sóc sức khỏe nhân dân",
	"II.3. Văn hóa, thể thao và thông tin",
	"II.4. Lao động, việc làm và an sinh xã hội",
	"III.1. Xây dựng Đảng và hệ thống chính trị",
}

var subjects = []string{
	"Số hộ gia đình đạt chuẩn văn hóa",
	"Số lao động được giải quyết việc làm",
	"Số học sinh tốt nghiệp trung học phổ thông",
	"Số người tham gia bảo hiểm y tế",
	"Số đảng viên mới được kết nạp",
	"Số trường học đạt chuẩn quốc gia",
	"Số hộ thoát nghèo trong năm",
	"Số doanh nghiệp thành lập mới",
	"Số lượt khách du lịch đến địa phương",
	"Số công trình giao thông nông thôn hoàn thành",
	"Số trạm y tế xã có bác sĩ",
	"Số thiết chế văn hóa, thể thao ở thôn, khu phố",
}

var places = []string{
	"toàn tỉnh", "khu vực đồng bằng", "vùng ven biển", "các huyện miền núi",
	"các xã đặc biệt khó khăn", "khu vực đô thị", "vùng trung du",
}

var units = []string{"hộ", "người", "lượt người", "công trình", "đơn vị", "đảng viên"}

var partNames = []string{"Khu vực thành thị", "Khu vực nông thôn", "Vùng đồng bào dân tộc thiểu số"}

// Total is the name of every indicator's total series.
const Total = "Tổng số"

// ID is the id of the i-th indicator (0-based).
func ID(i int) string { return fmt.Sprintf("nd-%05d", i+1) }

// PartName is the name of the j-th part (0-based).
func PartName(j int) string {
	if j < len(partNames) {
		return partNames[j]
	}
	return fmt.Sprintf("Đơn vị hành chính số %d", j+1)
}

// Write writes chi-tieu.csv, muc-tieu.csv, so-lieu-doc.csv (long layout,
// the even indicators) and so-lieu-ngang.csv (wide layout, the odd ones)
// into dir, which must exist.
func Write(dir string, o Options) error {
	if o.Parts <= 0 {
		o.Parts = 3
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x63686974696575))
	parts := make([]string, o.Parts)
	for j := range parts {
		parts[j] = PartName(j)
	}
	partList := ""
	if o.Parts <= len(partNames) {
		for j, p := range parts {
			if j > 0 {
				partList += ";"
			}
			partList += p
		}
	} // else blank: every series but the total is a part

	var inds, targets, long, wide [][]string
	inds = append(inds, []string{"ma", "ten", "nhom", "don_vi", "tong", "thanh_phan"})
	targets = append(targets, []string{"ma", "chuoi", "phep_do", "mau_so", "toan_tu", "nguong", "han", "dien_giai"})
	long = append(long, []string{"ma", "ky", "chuoi", "gia_tri"})
	header := []string{"ma", "chuoi"}
	for y := FirstYear; y <= LastYear; y++ {
		header = append(header, strconv.Itoa(y))
	}
	wide = append(wide, header)

	years := LastYear - FirstYear + 1
	for i := 0; i < o.Indicators; i++ {
		id := ID(i)
		group := groups[i*len(groups)/max(o.Indicators, 1)]
		title := fmt.Sprintf("%s %s (nội dung %d)", subjects[rng.IntN(len(subjects))], places[rng.IntN(len(places))], i+1)
		inds = append(inds, []string{id, title, group, units[rng.IntN(len(units))], Total, partList})

		// values[j][y]: part j in year y; the total is their sum. Each part
		// moves by at most 10 % a year, so no value looks like a typo.
		values := make([][]int, o.Parts)
		for j := range values {
			values[j] = make([]int, years)
			v := 50 + rng.IntN(900)
			for y := range years {
				values[j][y] = v
				v += v * (rng.IntN(21) - 10) / 100
				v = max(v, 10)
			}
		}
		totals := make([]int, years)
		for y := range years {
			for j := range values {
				totals[y] += values[j][y]
			}
		}
		if i%2 == 0 {
			for y := range years {
				ky := strconv.Itoa(FirstYear + y)
				long = append(long, []string{id, ky, Total, strconv.Itoa(totals[y])})
				for j, p := range parts {
					long = append(long, []string{id, ky, p, strconv.Itoa(values[j][y])})
				}
			}
		} else {
			row := []string{id, Total}
			for y := range years {
				row = append(row, strconv.Itoa(totals[y]))
			}
			wide = append(wide, row)
			for j, p := range parts {
				row := []string{id, p}
				for y := range years {
					row = append(row, strconv.Itoa(values[j][y]))
				}
				wide = append(wide, row)
			}
		}
		if i%5 == 0 {
			if rng.IntN(2) == 0 {
				th := 30 + rng.IntN(40)
				targets = append(targets, []string{id, parts[0], "ty_le", "", ">=", strconv.Itoa(th), "hằng năm",
					fmt.Sprintf("Hằng năm, %s chiếm từ %d%% trở lên", lower(parts[0]), th)})
			} else {
				th := totals[years-1] * (90 + rng.IntN(30)) / 100
				targets = append(targets, []string{id, Total, "gia_tri", "", ">=", strconv.Itoa(th), strconv.Itoa(LastYear),
					fmt.Sprintf("Đến năm %d, tổng số đạt %d trở lên", LastYear, th)})
			}
		}
	}
	for name, rows := range map[string][][]string{
		"chi-tieu.csv":      inds,
		"muc-tieu.csv":      targets,
		"so-lieu-doc.csv":   long,
		"so-lieu-ngang.csv": wide,
	} {
		if len(rows) == 1 && (name == "so-lieu-doc.csv" || name == "so-lieu-ngang.csv") {
			continue // an observation file with a header alone is an error
		}
		if err := writeCSV(filepath.Join(dir, name), rows); err != nil {
			return err
		}
	}
	return nil
}

func lower(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if r[0] >= 'A' && r[0] <= 'Z' {
		r[0] += 'a' - 'A'
	}
	return string(r)
}

func writeCSV(name string, rows [][]string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.WriteAll(rows)
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
