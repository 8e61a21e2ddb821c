"""`make bench`: see bench/run.py and the Benchmark section of docs/ARCHITECTURE.md."""
