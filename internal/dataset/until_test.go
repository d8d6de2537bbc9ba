package dataset_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tayson/chitieu/internal/dataset"
	"github.com/tayson/chitieu/internal/diag"
	"github.com/tayson/chitieu/internal/period"
)

// TestUntil: the dataset as of a period keeps exactly the observations that
// end by it, and leaves the full dataset as it was.
func TestUntil(t *testing.T) {
	var diags diag.List
	ds := dataset.Load(os.DirFS(filepath.Join("..", "..", "du-lieu")), "du-lieu", &diags)
	if ds == nil || diags.HasErrors() {
		t.Fatal("du-lieu does not load")
	}
	before := fingerprint(ds)
	p, _ := period.Parse("2022")
	cut := ds.Until(p)
	if fingerprint(ds) != before {
		t.Fatal("Until changed the dataset")
	}
	kept, all := 0, 0
	for _, ind := range ds.Indicators {
		for _, o := range ind.Observations {
			all++
			if o.Period.End <= p.End {
				kept++
			}
		}
	}
	n := 0
	for _, ind := range cut.Indicators {
		if len(ind.Periods) == 0 || ind.Periods[len(ind.Periods)-1].End > p.End {
			t.Errorf("%s: periods %v go past 2022", ind.ID, ind.Periods)
		}
		full := ds.Indicator(ind.ID)
		for _, o := range ind.Observations {
			n++
			if o.Period.End > p.End {
				t.Errorf("%s: %s kept", ind.ID, o.Period.Label)
			}
			if got, ok := full.Value(*o.Period, o.Series); !ok || got.Value != o.Value {
				t.Errorf("%s: %s %s differs from the full dataset", ind.ID, o.Period.Label, o.Series)
			}
		}
		for _, s := range ind.Series {
			if _, ok := ind.Value(ind.Periods[0], s); !ok {
				found := false
				for _, o := range ind.Observations {
					found = found || o.Series == s
				}
				if !found {
					t.Errorf("%s: series %q has no figure by 2022", ind.ID, s)
				}
			}
		}
	}
	if n != kept || kept == 0 || kept == all {
		t.Errorf("kept %d of %d observations, want %d (and some, not all)", n, all, kept)
	}
	if cut.AsOf.Label != "2022" {
		t.Errorf("AsOf = %q, want 2022", cut.AsOf.Label)
	}
}
