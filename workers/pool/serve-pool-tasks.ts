// The worker's side of the pool protocol, for both kinds of worker: compile the care model on the
// first task, answer each task with its result (arrays transferred) or the error's message.
import { CareEngine } from '../care-engine'
import type { ReplyMessage, TaskMessage } from './pool-protocol'
import { handleTask } from './pool-tasks'

export function poolTaskServer(
  reply: (message: ReplyMessage, transfer: ArrayBuffer[]) => void,
  startEngine: () => CareEngine = () => new CareEngine(),
) {
  let engine: CareEngine | undefined
  return (message: TaskMessage): void => {
    try {
      engine ??= startEngine()
      const { result, transfer } = handleTask(engine, message.task)
      reply({ id: message.id, ok: true, result }, transfer)
    } catch (error) {
      reply({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }, [])
    }
  }
}
