// A scenario shared as a link: the scenario file's JSON, base64url-encoded in the URL's fragment.
// The fragment never reaches a server, and opening the link validates the text like an imported
// file, so a hand-edited link can do no more harm than a bad file.
import type { Scenario } from '../../model/care/types'

const KEY = 'scenario'

export function shareUrl(pageUrl: string, scenario: Scenario): string {
  const url = new URL(pageUrl)
  url.hash = `${KEY}=${encodeBase64Url(JSON.stringify(scenario))}`
  return url.toString()
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
