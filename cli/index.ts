import { main } from './main'

// `carebalance run ... | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

/** Writes to stdout, and when its buffer is full waits until the reader has taken it. */
function writeOut(text: string | Uint8Array): void | Promise<void> {
  if (process.stdout.write(text)) return
  return new Promise((resolve) => process.stdout.once('drain', resolve))
}

const code = await main(
  process.argv.slice(2),
  writeOut,
  (text) => {
    process.stderr.write(text)
  },
  writeOut,
)
process.exitCode = code
