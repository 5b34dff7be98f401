/**
 * How Node compiles the analyzer's patterns in the CLI. By default V8 runs a pattern's first execution in its
 * bytecode interpreter and compiles it to machine code at the next one ("tier-up"): a fresh process pays for two
 * compilations of ~300 patterns, most of them large. Compiling straight to machine code halves the first
 * `analyze()` (CPU ~360 → ~150 ms on the median corpus policy, `npm run bench`), and later calls run the same code.
 * V8 flags are per process, so the batch threads get it too; imported first, before any pattern has run.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
