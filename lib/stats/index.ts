export { aggregate, channelsOf, type Count, type StatsSummary } from './aggregate';
export { DAY_MS, isoDay, utcDay, weekStart } from './dates';
export { NO_CHANNEL, rowPredicate, type StatsFilter } from './filter';
export { readStatsRows } from './read';
export { messageDay, toStatsRow, type StatsRow } from './rows';
export { continuousWeeks } from './weeks';
