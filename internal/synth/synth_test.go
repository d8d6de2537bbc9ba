package synth_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/tayson/chitieu/internal/build"
	"github.com/tayson/chitieu/internal/synth"
)

// The generated exports pass check with neither error nor warning, in both
// layouts, with three parts and with many (thanh_phan blank).
func TestWritePassesCheck(t *testing.T) {
	for _, o := range []synth.Options{{Indicators: 23, Seed: 1}, {Indicators: 1, Parts: 40, Seed: 2}, {Indicators: 2, Parts: 7, Seed: 3}} {
		dir := t.TempDir()
		if err := synth.Write(dir, o); err != nil {
			t.Fatal(err)
		}
		res := build.Check(dir, "")
		if res.Diags.Len() > 0 {
			for _, d := range res.Diags.Items() {
				t.Errorf("%+v: %s:%d:%d %s %v", o, d.File, d.Line, d.Col, d.Code, d.What.VI)
			}
			continue
		}
		if got := len(res.Indicators); got != o.Indicators {
			t.Errorf("%+v: %d indicators, want %d", o, got, o.Indicators)
		}
		parts := max(o.Parts, 3)
		for _, ind := range res.Dataset.Indicators {
			if len(ind.Observations) != 10*(parts+1) {
				t.Errorf("%+v: %s has %d figures, want %d", o, ind.ID, len(ind.Observations), 10*(parts+1))
			}
		}
		targets := 0
		for _, ind := range res.Dataset.Indicators {
			targets += len(ind.Targets)
		}
		if want := (o.Indicators + 4) / 5; targets != want {
			t.Errorf("%+v: %d targets, want %d", o, targets, want)
		}
	}
}

// The same options give the same bytes.
func TestWriteDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, d := range []string{a, b} {
		if err := synth.Write(d, synth.Options{Indicators: 12, Seed: 7}); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"chi-tieu.csv", "muc-tieu.csv", "so-lieu-doc.csv", "so-lieu-ngang.csv"} {
		x, err1 := os.ReadFile(filepath.Join(a, name))
		y, err2 := os.ReadFile(filepath.Join(b, name))
		if err1 != nil || err2 != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs (%v, %v)", name, err1, err2)
		}
	}
}
