"""`make bench`: see bench/run.py and "Benchmarks (bench/)" in docs/ARCHITECTURE.md."""
