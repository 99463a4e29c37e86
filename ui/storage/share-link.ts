// A scenario shared as a link: the scenario file's text (with the area edits it runs on),
// base64url-encoded in the URL's fragment. The fragment never reaches a server, and opening the
// link validates the text like an imported file, so a hand-edited link can do no more harm than a
// bad file. A link holds at most SCENARIO_LIMITS.shareLinkChars characters: a larger one is not
// made (the file travels better) and not opened (it is refused before it is decoded).
import { SCENARIO_LIMITS } from '../../model/care/scenario-limits'

const KEY = 'scenario'
const LIMIT = SCENARIO_LIMITS.shareLinkChars

/** A link to `pageUrl` carrying a scenario file's text, or why it cannot be made. */
export function shareUrl(pageUrl: string, scenarioText: string): string | { problem: string } {
  const encoded = encodeBase64Url(scenarioText)
  if (encoded.length > LIMIT) {
    return {
      problem:
        `This scenario is too large for a link (${encoded.length.toLocaleString('en-GB')} characters; ` +
        `a link holds up to ${LIMIT.toLocaleString('en-GB')}). Use Export file and send the file instead.`,
    }
  }
  const url = new URL(pageUrl)
  url.hash = `${KEY}=${encoded}`
  return url.toString()
}

/** Why a link's fragment will not be opened (too long), or undefined. */
export function sharedLinkProblem(hash: string): string | undefined {
  if (hash.length <= LIMIT + KEY.length + 2) return undefined
  return (
    `The link is too long to open (${hash.length.toLocaleString('en-GB')} characters; a shared link holds up to ` +
    `${LIMIT.toLocaleString('en-GB')}). Ask for the scenario as a file and use Import instead.`
  )
}

/** The scenario text carried by a URL fragment (`#scenario=...`), or undefined if there is none. */
export function scenarioTextFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const encoded = params.get(KEY)
  if (!encoded) return undefined
  try {
    return decodeBase64Url(encoded)
  } catch {
    // Not base64 at all: hand the raw text on so validation reports it as a bad scenario.
    return encoded
  }
}

function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function decodeBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='))
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}
