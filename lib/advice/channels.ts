/**
 * Where people can report, from ../shared/spec/reporting-channels.md (checked 2026-11-23).
 * Only verified channels, each with the source it was checked against; never add a number
 * without one. `what` is an i18n key.
 */
export interface ReportingChannel {
  id: string;
  /** ISO 3166-1 alpha-2, or '*' for everywhere. */
  country: string;
  name: string;
  contact: string;
  what: 'channel.emergency' | 'channel.national' | 'channel.support';
  source: string;
}

export const REPORTING_CHANNELS: readonly ReportingChannel[] = [
  {
    id: 'emergency',
    country: '*',
    name: 'Emergency number (911, 999, 112, 000 …)',
    contact: '911 / 999 / 112 / 000',
    what: 'channel.emergency',
    source: "each country's police",
  },
  {
    id: 'us-fbi',
    country: 'US',
    name: 'FBI',
    contact: 'tips.fbi.gov · 1-800-CALL-FBI (1-800-225-5324)',
    what: 'channel.national',
    source: 'fbi.gov "Transnational Repression"',
  },
  {
    id: 'ca-rcmp',
    country: 'CA',
    name: 'RCMP National Security Information Network',
    contact: '1-800-420-5805 (24/7)',
    what: 'channel.national',
    source: 'RCMP news release, 22 Nov 2022',
  },
  {
    id: 'au-nsh',
    country: 'AU',
    name: 'National Security Hotline',
    contact: '1800 123 400 (24/7)',
    what: 'channel.national',
    source: 'nationalsecurity.gov.au "Report suspicious behaviour"',
  },
  {
    id: 'gb-police',
    country: 'GB',
    name: 'Police',
    contact: '999 in an emergency, otherwise 101',
    what: 'channel.national',
    source: 'GOV.UK "What to do if you think you are the victim of transnational repression", 14 May 2025',
  },
  {
    id: 'access-now',
    country: '*',
    name: 'Access Now Digital Security Helpline',
    contact: 'accessnow.org/help',
    what: 'channel.support',
    source: 'accessnow.org/help/helpline-faq',
  },
  {
    id: 'safeguard-defenders',
    country: '*',
    name: 'Safeguard Defenders: reporting guide',
    contact: 'safeguarddefenders.com',
    what: 'channel.support',
    source: 'Safeguard Defenders, "Transnational repression pilot reporting guide"',
  },
  {
    id: 'uhrp-wuc',
    country: '*',
    name: 'Uyghur Human Rights Project · World Uyghur Congress',
    contact: '',
    what: 'channel.support',
    source: 'reporting-channels.md: community organisations that document cases',
  },
];
