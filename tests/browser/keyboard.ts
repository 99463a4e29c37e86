// Driving the app with the keyboard alone, as a user without a mouse would: Tab and Shift+Tab to
// reach a control, checking at every stop that focus is visible and that the order follows the
// page (each stop later in the page than the one before, shadow roots included).
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

export interface Focused {
  tag: string
  className: string
  type: string
  label: string
  text: string
  /** Where the element sits in the page, shadow roots read before their host's children. */
  position: number[]
  /** Its outline or focus ring as drawn: none means focus cannot be seen. */
  outline: string
}

/** The element that has focus, looking inside shadow roots, described for the test. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let element = document.activeElement
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
    if (!element || element === document.body) return null
    const position: number[] = []
    let node: Node | null = element
    while (node && node !== document) {
      const parent: Node | null = node.parentNode
      if (!parent) break
      if (parent instanceof ShadowRoot) {
        position.unshift(-1, Array.prototype.indexOf.call(parent.childNodes, node))
        node = parent.host
      } else {
        position.unshift(Array.prototype.indexOf.call(parent.childNodes, node))
        node = parent
      }
    }
    const style = getComputedStyle(element)
    const width = Number.parseFloat(style.outlineWidth)
    const outline =
      style.outlineStyle !== 'none' && width > 0 ? `${style.outlineStyle} ${style.outlineWidth}` : 'none'
    return {
      tag: element.tagName.toLowerCase(),
      className: element.getAttribute('class') ?? '',
      type: element.getAttribute('type') ?? '',
      label: element.getAttribute('aria-label') ?? '',
      text: (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80),
      position,
      outline,
    }
  })
}

function before(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i]
  return a.length < b.length
}

export interface TabWalk {
  /** Every stop on the way, for the test log. */
  stops: Focused[]
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, failing if it takes more than
 * `max` presses, if focus is ever invisible, or if a stop is out of page order.
 */
export async function tabTo(
  page: Page,
  matches: (element: Focused) => boolean,
  options: { backwards?: boolean; max?: number; walk?: TabWalk } = {},
): Promise<Focused> {
  const max = options.max ?? 250
  let previous = await focused(page)
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab')
    const now = await focused(page)
    if (!now) continue
    options.walk?.stops.push(now)
    expect(
      now.outline,
      `focus is not visible on ${now.tag}.${now.className} "${now.label || now.text}"`,
    ).not.toBe('none')
    if (previous) {
      const inOrder = options.backwards
        ? before(now.position, previous.position)
        : before(previous.position, now.position)
      expect(
        inOrder,
        `Tab went from ${previous.tag}.${previous.className} "${previous.label || previous.text}" to ${now.tag}.${now.className} "${now.label || now.text}", against the page order`,
      ).toBe(true)
    }
    if (matches(now)) return now
    previous = now
  }
  throw new Error(
    `no focusable element matched after ${max} presses of ${options.backwards ? 'Shift+Tab' : 'Tab'}`,
  )
}

/** Matches a focused element by its class, label or text. */
export const by =
  (what: { className?: string; label?: RegExp; text?: RegExp; tag?: string }) =>
  (element: Focused): boolean =>
    (!what.className || element.className.split(/\s+/).includes(what.className)) &&
    (!what.label || what.label.test(element.label)) &&
    (!what.text || what.text.test(element.text)) &&
    (!what.tag || element.tag === what.tag)
