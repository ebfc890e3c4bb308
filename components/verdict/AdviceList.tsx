import { REPORTING_CHANNELS, type AdviceId } from '@/lib/advice';
import { t } from '@/lib/i18n';

/** What to do, most specific first; reporting comes with the verified channels and their sources. */
export function AdviceList({ ids, headingId }: { ids: readonly AdviceId[]; headingId: string }) {
  return (
    <section class="advice" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('verdict.advice')}</h3>
      <ul>
        {ids.map((id) => (
          <li key={id} data-advice-id={id}>
            {t(`advice.${id}`)}
          </li>
        ))}
      </ul>
      {ids.includes('report') && <Channels />}
    </section>
  );
}

function Channels() {
  return (
    <details class="channels">
      <summary>{t('verdict.channels')}</summary>
      <ul>
        {REPORTING_CHANNELS.map((channel) => (
          <li key={channel.id} data-channel-id={channel.id}>
            <strong>
              <bdi>{channel.id === 'emergency' ? t('channel.emergencyName') : channel.name}</bdi>
            </strong>
            {channel.contact && (
              <>
                {' '}
                <bdi class="channel-contact">{channel.contact}</bdi>
              </>
            )}
            <br />
            {t(channel.what)}{' '}
            <span class="channel-source">{t('verdict.channelSource', { source: channel.source })}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
