// Shards of an ensemble, so a batch runner (a Kubernetes Job array, a Slurm array, any tool that
// starts N processes) can spread one ensemble over many machines: shard I of N runs draws
// floor((I-1)R/N) to floor(IR/N) of the R, with the same seed, and writes their values to a file;
// `merge` checks the shards belong together and cover every draw once, and prints the CSV the
// whole ensemble would have printed, byte for byte.
//
// A shard file: the line `CBSHARD1`, a 4-byte little-endian length, a JSON header of that many
// bytes padded with spaces to a multiple of 8, then the runs' values as little-endian doubles, cell
// by cell (one output at one saved time), the shard's runs in draw order within each cell. Merging
// reads one block of cells from every shard at a time, so its memory is a block, not the ensemble.
import { closeSync, openSync, readSync } from 'node:fs'
import { ModelError } from '../model/errors'
import { percentilesByCell } from '../workers/uncertainty/percentiles'
import { UsageError } from './arguments'
import { ENSEMBLE_PERCENTILES, type PercentileColumns } from './ensemble-csv'

const MAGIC = 'CBSHARD1\n'
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f

/** What makes shards of one ensemble: they must agree on all of it. */
export interface EnsembleIdentity {
  modelVersion: string
  scenario: unknown
  seed: number
  runs: number
  outputs: string[] | null
  shards: number
}

export interface ShardHeader {
  format: 1
  ensemble: EnsembleIdentity
  /** 1 to ensemble.shards. */
  shard: number
  from: number
  to: number
  outputNames: string[]
  times: number[]
  incompleteRuns: number
}

/** Parses `I/N`: shard I (1 to N) of N. */
export function parseShard(text: string, runs: number): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = match ? Number(match[1]) : Number.NaN
  const count = match ? Number(match[2]) : Number.NaN
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard must be I/N with 1 <= I <= N (shard I of N), got '${text}'`)
  if (count > runs) throw new UsageError(`--shard ${text}: more shards than runs (${runs})`)
  return { index, count }
}

/** The draws of shard `index` (1-based) of `count`: a share as even as whole draws allow. */
export function shardRange(index: number, count: number, runs: number): { from: number; to: number } {
  return { from: Math.floor(((index - 1) * runs) / count), to: Math.floor((index * runs) / count) }
}

export function encodeShard(header: ShardHeader, values: Float64Array | Float32Array): Uint8Array {
  if (!(values instanceof Float64Array)) throw new Error('shard files hold double-precision values')
  if (!LITTLE_ENDIAN) throw new Error('shard files are written on little-endian machines only')
  let json = JSON.stringify(header)
  const fixed = MAGIC.length + 4
  json += ' '.repeat((8 - ((fixed + Buffer.byteLength(json)) % 8)) % 8)
  const jsonBytes = Buffer.from(json, 'utf8')
  const out = new Uint8Array(fixed + jsonBytes.length + values.byteLength)
  out.set(Buffer.from(MAGIC, 'latin1'), 0)
  new DataView(out.buffer).setUint32(MAGIC.length, jsonBytes.length, true)
  out.set(jsonBytes, fixed)
  out.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), fixed + jsonBytes.length)
  return out
}

interface OpenShard {
  file: string
  fd: number
  header: ShardHeader
  dataOffset: number
}

function readExactly(fd: number, length: number, position: number, file: string): Buffer {
  const buffer = Buffer.alloc(length)
  let read = 0
  while (read < length) {
    const n = readSync(fd, buffer, read, length - read, position + read)
    if (n === 0)
      throw new ModelError({ file, message: 'the shard file ends early: was it written completely?' })
    read += n
  }
  return buffer
}

function openShard(file: string): OpenShard {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)
    throw new ModelError({ file, message: `cannot read the file: ${reason}` })
  }
  try {
    const start = readExactly(fd, MAGIC.length + 4, 0, file)
    if (start.subarray(0, MAGIC.length).toString('latin1') !== MAGIC)
      throw new ModelError({
        file,
        message: 'not a shard file (written by `carebalance ensemble --shard I/N`)',
      })
    const length = start.readUInt32LE(MAGIC.length)
    const header = JSON.parse(readExactly(fd, length, start.length, file).toString('utf8')) as ShardHeader
    if (header.format !== 1)
      throw new ModelError({ file, message: `shard format ${header.format} is not one this version reads` })
    return { file, fd, header, dataOffset: start.length + length }
  } catch (error) {
    closeSync(fd)
    if (error instanceof SyntaxError)
      throw new ModelError({ file, message: `the shard's header is not valid JSON` })
    throw error
  }
}

function checkTogether(shards: OpenShard[]): void {
  const first = shards[0]
  const identity = JSON.stringify(first.header.ensemble)
  const seen = new Map<number, string>()
  for (const shard of shards) {
    if (JSON.stringify(shard.header.ensemble) !== identity)
      throw new ModelError({
        file: shard.file,
        message: `belongs to another ensemble than ${first.file} (scenario, seed, runs, outputs, shard count or model version differ)`,
      })
    const other = seen.get(shard.header.shard)
    if (other)
      throw new ModelError({ file: shard.file, message: `shard ${shard.header.shard} again (also ${other})` })
    seen.set(shard.header.shard, shard.file)
  }
  const { shards: count, runs } = first.header.ensemble
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i))
  if (missing.length)
    throw new UsageError(
      `merge: shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} missing`,
    )
  for (const shard of shards) {
    const expected = shardRange(shard.header.shard, count, runs)
    if (shard.header.from !== expected.from || shard.header.to !== expected.to)
      throw new ModelError({
        file: shard.file,
        message: `holds draws ${shard.header.from}-${shard.header.to}, expected ${expected.from}-${expected.to}`,
      })
  }
}

/** Percentiles over every shard's runs, cell by cell, as if one process had run them all. */
export function mergeShards(
  files: readonly string[],
): PercentileColumns & { incompleteRuns: number; runs: number } {
  if (files.length === 0) throw new UsageError('merge needs the shard files')
  const shards = files.map(openShard)
  try {
    checkTogether(shards)
    shards.sort((a, b) => a.header.shard - b.header.shard)
    const { outputNames, times } = shards[0].header
    const runs = shards[0].header.ensemble.runs
    const cells = outputNames.length * times.length
    const results = ENSEMBLE_PERCENTILES.map(() => new Float64Array(cells))
    const block = Math.max(1, Math.floor(4_000_000 / runs))
    for (let first = 0; first < cells; first += block) {
      const count = Math.min(block, cells - first)
      const values = new Float64Array(count * runs)
      for (const shard of shards) {
        const { from, to } = shard.header
        const size = to - from
        const bytes = readExactly(shard.fd, count * size * 8, shard.dataOffset + first * size * 8, shard.file)
        const shardValues = new Float64Array(bytes.buffer, bytes.byteOffset, count * size)
        for (let c = 0; c < count; c++)
          values.set(shardValues.subarray(c * size, (c + 1) * size), c * runs + from)
      }
      percentilesByCell(values, runs, ENSEMBLE_PERCENTILES).forEach((p, i) => {
        results[i].set(p, first)
      })
    }
    return {
      times,
      outputNames,
      p10: results[0],
      p50: results[1],
      p90: results[2],
      incompleteRuns: shards.reduce((sum, s) => sum + s.header.incompleteRuns, 0),
      runs,
    }
  } finally {
    for (const shard of shards) closeSync(shard.fd)
  }
}
