/** Benchmarks, run on purpose one by one and recorded in docs/benchmarks.md; no test pattern of the build selects them. */
@NullMarked
package org.expodesk.benchmark;

import org.jspecify.annotations.NullMarked;
