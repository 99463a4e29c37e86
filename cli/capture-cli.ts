// Runs the CLI in-process and captures what it prints, for the CLI's specs.
import { main } from './main'

export interface CliOutcome {
  code: number
  stdout: string
  /** What went to stdout as bytes (an ensemble shard). */
  bytes: Uint8Array
  stderr: string
}

export async function captureCli(...argv: string[]): Promise<CliOutcome> {
  const chunks: Buffer[] = []
  let stderr = ''
  const code = await main(
    argv,
    (text) => {
      chunks.push(Buffer.from(text, 'utf8'))
    },
    (text) => {
      stderr += text
    },
    (bytes) => {
      chunks.push(Buffer.from(bytes))
    },
  )
  const bytes = Buffer.concat(chunks)
  return { code, stdout: bytes.toString('utf8'), bytes, stderr }
}
