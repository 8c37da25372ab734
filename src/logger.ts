import pino, { type Logger } from 'pino'

export type { Logger }

/** JSON lines for machines; readable lines when a person watches the terminal. */
export function createLogger(level: string, { pretty = process.stdout.isTTY }: { pretty?: boolean } = {}): Logger {
  return pino({
    level,
    base: undefined,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } } } : {}),
  })
}
