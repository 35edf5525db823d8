/*
 * A reader of SIPmath 3.0 libraries for the tests: the exports (src/report/sipmath.ts) are read
 * back by it, written apart from the writer, to check what a planner's tool would read.
 */

/** A SIP read back from a library: its name, metadata and trials in PM_Index order. */
export interface ReadSip {
  name: string;
  metadata: Record<string, unknown>;
  samples: Float64Array;
}

/** A SIP library that cannot be read as literal trials: `path: rule`. */
export class SipLibraryError extends Error {}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads the literal SIPs of a SIPmath 3.0 library (JSON text): those whose function is
 * `SIP_Array` with an `array` of numbers, driven by an `Index` generator on `PM_Index` (the
 * form sipLibrary writes). Virtual SIPs (Metalog and others) are refused by name, since their
 * trials would have to be generated; so are SIPs of unequal length, which cannot share trials.
 * O(total trials).
 */
export function readSipLibrary(text: string): { name: string; trials: number; metadata: Json; sips: ReadSip[] } {
  let lib: unknown;
  try {
    lib = JSON.parse(text);
  } catch (e) {
    throw new SipLibraryError(`not valid JSON: ${(e as Error).message}`);
  }
  if (!isObject(lib)) throw new SipLibraryError('the library: must be a JSON object');
  if (typeof lib.name !== 'string') throw new SipLibraryError('name: must be a string');
  const rng = isObject(lib.U01) && Array.isArray(lib.U01.rng) ? lib.U01.rng : [];
  const counters = new Set(rng.filter((r): r is Json => isObject(r) && r.function === 'Index' && isObject(r.arguments) && r.arguments.counter === 'PM_Index').map((r) => r.name));
  if (!Array.isArray(lib.sips)) throw new SipLibraryError('sips: must be an array');
  const sips = lib.sips.map((sip, k) => readSip(sip, `sips[${k}]`, counters));
  const trials = sips[0]?.samples.length ?? 0;
  const uneven = sips.findIndex((s) => s.samples.length !== trials);
  if (uneven >= 0) throw new SipLibraryError(`sips[${uneven}].arguments.value: has ${sips[uneven].samples.length} trials where sips[0] has ${trials}`);
  return { name: lib.name, trials, metadata: isObject(lib.metadata) ? lib.metadata : {}, sips };
}

function readSip(sip: unknown, at: string, counters: Set<unknown>): ReadSip {
  if (!isObject(sip) || typeof sip.name !== 'string') throw new SipLibraryError(`${at}.name: must be a string`);
  if (sip.function !== 'SIP_Array') throw new SipLibraryError(`${at}.function: only literal SIPs (SIP_Array) can be read; got ${JSON.stringify(sip.function)}`);
  const ref = sip.ref;
  if (!isObject(ref) || ref.source !== 'rng' || !counters.has(ref.name)) throw new SipLibraryError(`${at}.ref: must name an Index generator on PM_Index in U01.rng`);
  const args = sip.arguments;
  if (!isObject(args) || args.type !== 'array' || !Array.isArray(args.value)) throw new SipLibraryError(`${at}.arguments: must be {"type": "array", "value": [numbers]}`);
  const bad = args.value.findIndex((v) => typeof v !== 'number');
  if (bad >= 0) throw new SipLibraryError(`${at}.arguments.value[${bad}]: must be a number`);
  return { name: sip.name, metadata: isObject(sip.metadata) ? sip.metadata : {}, samples: Float64Array.from(args.value as number[]) };
}
