// The app's one message line: errors (a bad file, a failed run) stay until dismissed and are
// announced to screen readers at once; information is announced politely.
import { css, html, LitElement, nothing } from 'lit'
import { customElement, property } from 'lit/decorators.js'
import type { AppState } from '../app/app-state'
import { StateController } from '../app/state-controller'
import { sharedStyles } from '../styles/shared-styles'

@customElement('cb-notice')
export class CbNotice extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .notice {
        display: flex;
        gap: 1rem;
        justify-content: space-between;
        align-items: start;
        padding: 0.55rem 0.8rem;
        border-radius: 4px;
        margin-bottom: 0.8rem;
        font-size: 0.9rem;
        white-space: pre-wrap;
      }
      .buttons {
        display: flex;
        gap: 0.4rem;
        flex-shrink: 0;
      }
      .error {
        background: #fdecea;
        border: 1px solid #c0392b;
      }
      .info {
        background: #e8f4ec;
        border: 1px solid #2e7d4f;
      }
    `,
  ]

  @property({ attribute: false }) state?: AppState

  constructor() {
    super()
    new StateController(this, () => this.state)
  }

  override render() {
    const notice = this.state?.notice
    if (!notice) return nothing
    const action = notice.action
    return html`<div class="notice ${notice.kind}" role=${notice.kind === 'error' ? 'alert' : 'status'}>
      <span class="text">${notice.text}</span>
      <span class="buttons">
        ${action ? html`<button class="notice-action" @click=${() => action.run()}>${action.label}</button>` : nothing}
        <button class="dismiss" @click=${() => this.state?.dismissNotice()} aria-label="Dismiss message">Dismiss</button>
      </span>
    </div>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cb-notice': CbNotice
  }
}
