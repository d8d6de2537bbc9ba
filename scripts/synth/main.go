// Command synth writes a deterministic synthetic folder of exports for
// benchmarks (package internal/synth):
//
//	go run ./scripts/synth -n 1000 -out /tmp/gen
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/tayson/chitieu/internal/synth"
)

func main() {
	n := flag.Int("n", 100, "number of indicators")
	parts := flag.Int("parts", 3, "parts per indicator besides the total (more than 3: thanh_phan left blank)")
	seed := flag.Uint64("seed", 1, "seed of the numbers and titles")
	out := flag.String("out", "", "folder to write into (created)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "synth: -out is required")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
	if err := synth.Write(*out, synth.Options{Indicators: *n, Parts: *parts, Seed: *seed}); err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
}
