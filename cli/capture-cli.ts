// Runs the CLI in-process and captures what it prints, for the CLI's specs.
import { main } from './main'

export interface CliOutcome {
  code: number
  stdout: string
  stderr: string
}

export async function captureCli(...argv: string[]): Promise<CliOutcome> {
  let stdout = ''
  let stderr = ''
  const code = await main(
    argv,
    (text) => {
      stdout += text
    },
    (text) => {
      stderr += text
    },
  )
  return { code, stdout, stderr }
}
