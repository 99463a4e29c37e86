// axe-core, the standard accessibility engine, run inside a page of the app. Its source is handed to
// the page through playwright's evaluate (the DevTools protocol), which the page's
// Content-Security-Policy does not govern, so the app keeps its policy (no inline scripts) while
// it is checked. axe looks inside the open shadow roots of the Lit components.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA, and axe's best practices. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/**
 * Rules switched off, each with its reason. Keep this list short: every entry is a known gap or
 * a rule that cannot judge this app, and docs/accessibility.md lists the same.
 */
export const RULES_OFF: Record<string, string> = {}

export interface AxeViolation {
  rule: string
  impact: string
  help: string
  /** Where: the selector path of each failing node (shadow roots as nested arrays), with axe's summary. */
  nodes: string[]
}

export interface AxeReport {
  violations: AxeViolation[]
  /** Rules that passed on at least one element: evidence the check looked at something. */
  passed: string[]
}

/** Runs axe over the whole page as it is now. */
export async function runAxe(page: Page): Promise<AxeReport> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object')
  if (!loaded) await page.evaluate(axeSource)
  return page.evaluate(
    async ({ tags, off }) => {
      type Result = {
        id: string
        impact: string | null
        help: string
        nodes: { target: unknown; failureSummary?: string }[]
      }
      const axe = (
        window as unknown as {
          axe: {
            run(context: Document, options: object): Promise<{ violations: Result[]; passes: Result[] }>
          }
        }
      ).axe
      const rules = Object.fromEntries(off.map((id) => [id, { enabled: false }]))
      const results = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules,
        resultTypes: ['violations'],
      })
      return {
        violations: results.violations.map((v) => ({
          rule: v.id,
          impact: v.impact ?? 'unknown',
          help: v.help,
          nodes: v.nodes.map(
            (n) => `${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`,
          ),
        })),
        passed: results.passes.map((p) => p.id),
      }
    },
    { tags: WCAG_22_AA, off: Object.keys(RULES_OFF) },
  )
}

/** The violations a user would be stopped by: axe's serious and critical ones. */
export function blocking(report: AxeReport): AxeViolation[] {
  return report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** A readable list of violations for a failing assertion or the test log. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.rule} (${v.help}):\n  ${v.nodes.slice(0, 3).join('\n  ')}${v.nodes.length > 3 ? ` (and ${v.nodes.length - 3} more)` : ''}`,
    )
    .join('\n')
}
