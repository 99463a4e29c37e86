// `npm start` serves the app (vite preview) with a Content-Security-Policy header, the engine
// worker's script alone allowed code generation; the built page carries the page's policy as a
// <meta> tag and has no inline script; and the app runs under the policy with no violation.
import type { PreviewServer } from 'vite'
import { preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, PROJECT_ROOT } from './app-build'
import { NAME_HELPER, waitForApp } from './app-session'
import { launchChromium } from './chromium'

let server: PreviewServer
let url: string
let built: string

beforeAll(async () => {
  built = buildApp()
  // What `npm start` runs after building, on a free port so worktrees do not collide.
  server = await preview({
    root: PROJECT_ROOT,
    configFile: `${PROJECT_ROOT}/vite.config.ts`,
    build: { outDir: built },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  url = server.resolvedUrls?.local[0] ?? ''
})

afterAll(async () => {
  await server?.close()
})

const policy = (response: Response) => response.headers.get('content-security-policy') ?? ''

describe('Content-Security-Policy', () => {
  it('is a header on the page: its own scripts only, no eval, never framed', async () => {
    const page = await fetch(url)
    expect(page.status).toBe(200)
    const header = policy(page)
    expect(header).toContain("default-src 'self'")
    expect(header).toContain("script-src 'self';")
    expect(header).not.toContain('unsafe-eval')
    expect(header).toContain("object-src 'none'")
    expect(header).toContain("frame-ancestors 'none'")
  })

  it('lets the engine and pool workers alone generate code, and no other script', async () => {
    const html = await (await fetch(url)).text()
    const script = html.match(/src="(\/assets\/index-[\w-]+\.js)"/)?.[1]
    expect(script).toBeDefined()
    expect(policy(await fetch(new URL(script as string, url)))).not.toContain('unsafe-eval')
    const bundle = await (await fetch(new URL(script as string, url))).text()
    const worker = bundle.match(/engine\.worker-[\w-]+\.js/)?.[0]
    expect(worker).toBeDefined()
    expect(policy(await fetch(new URL(`/assets/${worker}`, url)))).toContain(
      "script-src 'self' 'unsafe-eval'",
    )
    // The decision tools' pool workers compile the model too.
    const pool = bundle.match(/pool\.worker-[\w-]+\.js/)?.[0]
    expect(pool).toBeDefined()
    expect(policy(await fetch(new URL(`/assets/${pool}`, url)))).toContain("script-src 'self' 'unsafe-eval'")
  })

  it('is a <meta> tag in the built page, which has no inline script', async () => {
    const html = await (await fetch(url)).text()
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'self';[^"]*script-src 'self';/,
    )
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/)
      expect(body.trim()).toBe('')
    }
  })

  it('lets the app start and run under it, with no violation reported', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const violations: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') violations.push(message.text())
      })
      await page.addInitScript(NAME_HELPER)
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
        })
      })
      await page.goto(url)
      await waitForApp(page)
      expect(violations).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
