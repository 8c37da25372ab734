/** Time as a dependency, so tests can move it instead of sleeping. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/**
 * The zone dates are shown and read in when nothing says otherwise: the home country's
 * (Kazakhstan moved to a single UTC+5 zone, Asia/Almaty, in 2024); subscribers may choose another.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty'
