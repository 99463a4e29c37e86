// The random numbers behind an uncertainty run. Each draw is a pure function of (seed, run number,
// parameter name): a counter-based generator rather than one stream consumed in order. So the same
// request always gives the same bands (a board paper must be reproducible), a parameter keeps its
// draws when another one stops varying (the analyst edits it), runs cut into chunks or interrupted
// by interactive runs draw the same numbers, and a scenario and its baseline share their draws,
// which makes their bands a like-for-like comparison.

/** Murmur3's 32-bit finaliser: every input bit affects every output bit (avalanche). */
function mix32(value: number): number {
  let x = value >>> 0
  x ^= x >>> 16
  x = Math.imul(x, 0x85ebca6b)
  x ^= x >>> 13
  x = Math.imul(x, 0xc2b2ae35)
  x ^= x >>> 16
  return x >>> 0
}

/** FNV-1a over the name's UTF-16 code units: a stable 32-bit number for a parameter's name. */
export function nameHash(name: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

const TWO_TO_32 = 2 ** 32
// The golden-ratio constant spreads consecutive integers far apart before mixing.
const GOLDEN = 0x9e3779b9

/**
 * A number in (0, 1), never exactly 0 or 1, determined by `seed` (a whole number, 0 to 2^32 - 1),
 * the run number `sample` and the parameter's `stream` (its nameHash).
 */
export function seededUniform(seed: number, sample: number, stream: number): number {
  let h = mix32(seed ^ GOLDEN)
  h = mix32(h ^ Math.imul(sample + 1, GOLDEN))
  h = mix32(h ^ stream)
  // A second round decorrelates neighbouring samples of the same stream further.
  h = mix32(h + GOLDEN)
  return (h + 0.5) / TWO_TO_32
}
