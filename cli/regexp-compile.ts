/**
 * How Node compiles the analyzer's patterns in the CLI. By default V8 runs a pattern's first execution in its
 * bytecode interpreter and compiles it to machine code at the next one ("tier-up"): a fresh process pays for two
 * compilations of ~300 patterns, most of them large. Compiling straight to machine code halves the first
 * `analyze()` (CPU ~360 → ~150 ms on the median corpus policy, `npm run bench`), and later calls run the same code.
 * V8 flags are per process, so the batch threads get it too; imported first by the CLI's entry, before any pattern has
 * run and before any worker starts. Never from a worker: changing V8's flags while another thread runs patterns is a
 * race (a test harness doing so crashed V8 in 4 runs of 4).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
