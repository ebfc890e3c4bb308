import type { Risk } from '@/lib/analyzer/types';
import { FLAG_STATUSES, type FlagStatus } from '@/lib/db/types';
import { t, type MessageKey } from '@/lib/i18n';
import { NO_CHANNEL, type StatsFilter } from '@/lib/stats';
import { channelLabel } from './labels';

const RISKS: readonly Risk[] = ['high', 'medium', 'low', 'none'];

interface StatsFiltersProps {
  filter: StatsFilter;
  /** Channels present in the data ('' = not given). */
  channels: readonly string[];
  onChange: (filter: StatsFilter) => void;
}

/** Risk, status, channel and dates: the counts below follow them at once. */
export function StatsFilters({ filter, channels, onChange }: StatsFiltersProps) {
  const set = (patch: Partial<StatsFilter>) => onChange({ ...filter, ...patch });
  const valueOf = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const active = Object.values(filter).some(Boolean);
  return (
    <fieldset class="stats-filters">
      <legend>{t('statistics.filters')}</legend>
      <label>
        <span>{t('statistics.filter.risk')}</span>
        <select
          data-testid="stats-filter-risk"
          value={filter.risk ?? ''}
          onChange={(e) => set({ risk: valueOf(e) as Risk | '' })}
        >
          <option value="">{t('statistics.filter.any')}</option>
          {RISKS.map((risk) => (
            <option key={risk} value={risk}>
              {t(`verdict.risk.${risk}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('statistics.filter.status')}</span>
        <select
          data-testid="stats-filter-status"
          value={filter.status ?? ''}
          onChange={(e) => set({ status: valueOf(e) as FlagStatus | '' })}
        >
          <option value="">{t('statistics.filter.any')}</option>
          {FLAG_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`statistics.status.${status}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('statistics.filter.channel')}</span>
        <select
          data-testid="stats-filter-channel"
          value={filter.channel ?? ''}
          onChange={(e) => set({ channel: valueOf(e) })}
        >
          <option value="">{t('statistics.filter.any')}</option>
          {channels.map((channel) => (
            <option key={channel} value={channel === '' ? NO_CHANNEL : channel}>
              {channelLabel(channel)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('statistics.filter.from')}</span>
        <input
          type="date"
          data-testid="stats-filter-from"
          value={filter.from ?? ''}
          max={filter.to || undefined}
          onChange={(e) => set({ from: valueOf(e) })}
        />
      </label>
      <label>
        <span>{t('statistics.filter.to')}</span>
        <input
          type="date"
          data-testid="stats-filter-to"
          value={filter.to ?? ''}
          min={filter.from || undefined}
          onChange={(e) => set({ to: valueOf(e) })}
        />
      </label>
      <button
        type="button"
        class="secondary"
        data-testid="stats-filter-reset"
        disabled={!active}
        onClick={() => onChange({})}
      >
        {t('statistics.filter.reset')}
      </button>
    </fieldset>
  );
}
