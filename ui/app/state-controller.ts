// Re-renders a Lit component whenever the app state changes (a Lit reactive controller), so a
// component only has to read the state in render().
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import type { AppState } from './app-state'

export class StateController implements ReactiveController {
  private readonly listener = () => this.host.requestUpdate()
  private subscribed?: AppState

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly state: () => AppState | undefined,
  ) {
    host.addController(this)
  }

  hostConnected(): void {
    this.subscribe()
  }

  hostUpdate(): void {
    // The state may be handed to the component after it connected.
    if (this.state() !== this.subscribed) this.subscribe()
  }

  hostDisconnected(): void {
    this.subscribed?.removeEventListener('change', this.listener)
    this.subscribed = undefined
  }

  private subscribe(): void {
    this.subscribed?.removeEventListener('change', this.listener)
    this.subscribed = this.state()
    this.subscribed?.addEventListener('change', this.listener)
  }
}
