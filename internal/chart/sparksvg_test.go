package chart

import (
	"encoding/xml"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/tayson/chitieu/internal/period"
)

// sparkDoc is what a spark's SVG holds, read back with encoding/xml.
type sparkDoc struct {
	XMLName  xml.Name `xml:"svg"`
	ID       string   `xml:"id,attr"`
	Role     string   `xml:"role,attr"`
	Labelled string   `xml:"aria-labelledby,attr"`
	ViewBox  string   `xml:"viewBox,attr"`
	Title    struct {
		ID   string `xml:"id,attr"`
		Text string `xml:",chardata"`
	} `xml:"title"`
	Lines []struct {
		X1    float64 `xml:"x1,attr"`
		X2    float64 `xml:"x2,attr"`
		Y1    float64 `xml:"y1,attr"`
		Y2    float64 `xml:"y2,attr"`
		Dash  string  `xml:"stroke-dasharray,attr"`
		Class string  `xml:"class,attr"`
	} `xml:"line"`
	Polylines []struct {
		Points string `xml:"points,attr"`
	} `xml:"polyline"`
	Circles []struct {
		Cx   float64 `xml:"cx,attr"`
		Cy   float64 `xml:"cy,attr"`
		Fill string  `xml:"fill,attr"`
	} `xml:"circle"`
	Polygons []struct {
		Points string `xml:"points,attr"`
		Class  string `xml:"class,attr"`
	} `xml:"polygon"`
}

// parseSpark reads sp.SVG, failing the test when it is not well-formed XML
// or carries what the site's CSP or its safety rules forbid.
func parseSpark(t *testing.T, sp Spec) sparkDoc {
	t.Helper()
	if sp.SVG == "" {
		t.Fatalf("spark %q has no SVG", sp.ID)
	}
	for _, bad := range []string{"style=", "<script", "<style", "href", " on"} {
		if strings.Contains(strings.ToLower(sp.SVG), bad) {
			t.Errorf("spark SVG holds %q: %s", bad, sp.SVG)
		}
	}
	var d sparkDoc
	if err := xml.Unmarshal([]byte(sp.SVG), &d); err != nil {
		t.Fatalf("spark SVG is not well-formed: %v\n%s", err, sp.SVG)
	}
	return d
}

// polyPoints reads "x,y x,y" into pairs.
func polyPoints(t *testing.T, s string) [][2]float64 {
	t.Helper()
	var out [][2]float64
	for _, xy := range strings.Fields(s) {
		a, b, ok := strings.Cut(xy, ",")
		x, err1 := strconv.ParseFloat(a, 64)
		y, err2 := strconv.ParseFloat(b, 64)
		if !ok || err1 != nil || err2 != nil {
			t.Fatalf("bad point %q in %q", xy, s)
		}
		out = append(out, [2]float64{x, y})
	}
	return out
}

func TestSparkSVG(t *testing.T) {
	half, err := period.Parse("6 tháng đầu năm 2019")
	if err != nil {
		t.Fatal(err)
	}
	nan := math.NaN()
	tests := []struct {
		name string
		ind  func() Spec
		// what the drawing must hold
		lines, dots, hollow, diamonds int
		runs                          []int // points of each polyline
		threshold                     bool
		alt                           []string // in the title, in this order
		up                            []int    // pairs of dot indexes: the first one higher on the page
	}{
		{
			name: "first target's measure, with its threshold",
			ind:  func() Spec { _, sp := mustBuild(t, ratings()); return sp },
			runs: []int{2}, dots: 2, threshold: true,
			alt: []string{"Biểu đồ nhỏ: Tỷ lệ", "chỉ tiêu > 80 %", "2021: 96,55 %", "2022: 94,83 %"},
			up:  []int{0, 1},
		},
		{
			name: "the total when there is no target",
			ind: func() Spec {
				ind := ratings()
				ind.Targets = nil
				_, sp := mustBuild(t, ind)
				return sp
			},
			runs: []int{2}, dots: 2,
			alt: []string{sTotal, "2021: 58", "2022: 58"},
		},
		{
			name: "a period without a value breaks the line",
			ind: func() Spec {
				_, sp := mustBuild(t, simple("gap", "người", 5, map[string][]float64{"": {10, 20, nan, 40, 30}}, ""))
				return sp
			},
			runs: []int{2, 2}, dots: 4,
			alt: []string{"2016: 10", "2018: không có số liệu", "2019: 40"},
			up:  []int{2, 3, 3, 0, 1, 0},
		},
		{
			name: "a half-year among years stands apart",
			ind: func() Spec {
				ind := simple("kn", "đảng viên", 3, map[string][]float64{"": {192, 199, 68}}, "")
				ind.Periods[2], ind.PeriodLabels[2] = half, half.Label
				_, sp := mustBuild(t, ind)
				return sp
			},
			runs: []int{2}, dots: 2, diamonds: 1,
			alt: []string{"2016: 192", "2017: 199", "6 tháng đầu năm 2019: 68 (kỳ không trọn năm, không nối vào xu hướng)"},
			up:  []int{1, 0},
		},
		{
			name: "a half-year of a percentage joins the trend",
			ind: func() Spec {
				ind := simple("pct", "%", 3, map[string][]float64{"": {90, 95, 97}}, "")
				ind.Periods[2], ind.PeriodLabels[2] = half, half.Label
				_, sp := mustBuild(t, ind)
				return sp
			},
			runs: []int{3}, dots: 3,
			alt: []string{"2016: 90 %", "6 tháng đầu năm 2019: 97 %"},
			up:  []int{2, 1, 1, 0},
		},
		{
			name: "negative values",
			ind: func() Spec {
				_, sp := mustBuild(t, simple("am", "người", 3, map[string][]float64{"": {-5, 3, -1}}, ""))
				return sp
			},
			runs: []int{3}, dots: 3,
			alt: []string{"2016: -5", "2017: 3"},
			up:  []int{1, 2, 2, 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := tt.ind()
			if sp.Option != nil {
				t.Errorf("a spark carries an ECharts option: %v", sp.Option)
			}
			d := parseSpark(t, sp)
			if d.Role != "img" || d.ID != sp.ID || d.Title.ID == "" || d.Labelled != d.Title.ID {
				t.Errorf("not a named image: id %q role %q aria-labelledby %q title id %q", d.ID, d.Role, d.Labelled, d.Title.ID)
			}
			if d.ViewBox == "" {
				t.Error("no viewBox: the spark would not scale to its card")
			}
			if d.Title.Text != sp.Alt {
				t.Errorf("title %q, want the alt %q", d.Title.Text, sp.Alt)
			}
			at := 0
			for _, a := range tt.alt {
				i := strings.Index(d.Title.Text[at:], a)
				if i < 0 {
					t.Errorf("title %q lacks %q (after byte %d)", d.Title.Text, a, at)
					continue
				}
				at += i + len(a)
			}
			if len(d.Polylines) != len(tt.runs) {
				t.Fatalf("%d polylines, want %d: %s", len(d.Polylines), len(tt.runs), sp.SVG)
			}
			for i, pl := range d.Polylines {
				if got := len(polyPoints(t, pl.Points)); got != tt.runs[i] {
					t.Errorf("polyline %d has %d points, want %d", i, got, tt.runs[i])
				}
			}
			if len(d.Circles) != tt.dots || len(d.Polygons) != tt.diamonds {
				t.Errorf("%d dots and %d diamonds, want %d and %d", len(d.Circles), len(d.Polygons), tt.dots, tt.diamonds)
			}
			for i := 0; i+1 < len(tt.up); i += 2 {
				a, b := tt.up[i], tt.up[i+1]
				if a >= len(d.Circles) || b >= len(d.Circles) {
					t.Fatalf("no dot %d or %d", a, b)
				}
				if d.Circles[a].Cy >= d.Circles[b].Cy {
					t.Errorf("dot %d (y %v) is not above dot %d (y %v)", a, d.Circles[a].Cy, b, d.Circles[b].Cy)
				}
			}
			for i := 1; i < len(d.Circles); i++ {
				if d.Circles[i].Cx <= d.Circles[i-1].Cx {
					t.Errorf("dots not left to right: %v then %v", d.Circles[i-1].Cx, d.Circles[i].Cx)
				}
			}
			var foot, thr []float64 // y of the plain and the dashed lines
			for _, l := range d.Lines {
				if l.Y1 != l.Y2 || l.X2-l.X1 < 100 {
					t.Errorf("a line that is not a level rule across the image: %+v", l)
				}
				if l.Dash != "" {
					thr = append(thr, l.Y1)
				} else {
					foot = append(foot, l.Y1)
				}
			}
			if got := len(thr) == 1; got != tt.threshold {
				t.Errorf("dashed threshold line: %v, want %v (%d lines)", got, tt.threshold, len(d.Lines))
			}
			if len(foot) != 1 {
				t.Fatalf("%d foot lines, want 1", len(foot))
			}
			for _, c := range d.Circles {
				if c.Cy > foot[0] {
					t.Errorf("dot at y %v lies below the foot of the range (y %v)", c.Cy, foot[0])
				}
				// 80 % lies below 94,83 % and 96,55 %.
				if tt.threshold && thr[0] <= c.Cy {
					t.Errorf("threshold y %v is not below the dot at y %v", thr[0], c.Cy)
				}
			}
		})
	}
}

func TestSparkOneValueNoTrend(t *testing.T) {
	cs, sp := mustBuild(t, simple("mot", "người", 1, map[string][]float64{"": {4116}}, ""))
	if sp.SVG != "" || sp.Option != nil {
		t.Errorf("a spark for one figure: %q %v", sp.SVG, sp.Option)
	}
	if !strings.HasSuffix(cs[0].Alt, ". 2016: 4.116.") {
		t.Errorf("main alt of an unnamed series %q", cs[0].Alt)
	}
}

// TestSparkEscapes puts markup in an indicator's title: the SVG keeps it as
// text.
func TestSparkEscapes(t *testing.T) {
	ind := simple("x", "người", 2, map[string][]float64{"": {1, 2}}, "")
	ind.Title = `<script>alert(1)</script> & "quoted"`
	_, sp := mustBuild(t, ind)
	if strings.Contains(sp.SVG, "<script") || !strings.Contains(sp.SVG, "&lt;script&gt;") {
		t.Errorf("title not escaped: %s", sp.SVG)
	}
	if d := parseSpark(t, sp); !strings.Contains(d.Title.Text, `<script>alert(1)</script> & "quoted"`) {
		t.Errorf("title text %q does not read back as the indicator's title", d.Title.Text)
	}
}
