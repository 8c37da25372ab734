import { PassThrough } from 'node:stream'
import type { Command, CommandIo } from '../../src/cli/command.js'

export interface CommandRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs a command in this process with `env` as its whole environment, capturing what it prints. */
export async function runCommand(command: Command, argv: string[], env: Record<string, string> = {}): Promise<CommandRun> {
  const capture = () => {
    const stream = new PassThrough()
    let text = ''
    stream.on('data', (chunk: Buffer) => (text += chunk.toString()))
    return { stream, text: () => text }
  }
  const stdout = capture()
  const stderr = capture()
  const io: CommandIo = { env, stdout: stdout.stream, stderr: stderr.stream }
  const code = await command(argv, io)
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}
