/**
 * The forums (overlegorganen) through which a named house reaches actors indirectly, as the report
 * names them: onderwijsoverleg (l. 2070) and scholenoverleg (l. 7794), Lokaal Overleg Kinderopvang
 * (decree Art. 12, quoted l. 2430-2431), perinataal overleg (l. 2069, 2763-2765), Overleg Welzijn en
 * Preventie (l. 2091-2092), regionaal Welzijnsoverleg and Welzijnsraad (l. 3164-3165), LOP
 * (l. 2336-2337). The other councils (jeugdraad, cultuurraad, ...) are our choice. A local forum
 * belongs to one house; a regional one is shared by the named houses of a region.
 */
export const FORUM_KINDS = {
  scholenoverleg: { label: 'Scholenoverleg', regional: false },
  lok: { label: 'Lokaal Overleg Kinderopvang', regional: false },
  gezondheidsraad: { label: 'Gezondheidsraad', regional: false },
  'welzijn-preventie': { label: 'Overleg Welzijn en Preventie', regional: false },
  jeugdraad: { label: 'Jeugdraad', regional: false },
  cultuurraad: { label: 'Cultuurraad', regional: false },
  sportraad: { label: 'Sportraad', regional: false },
  armoedeoverleg: { label: 'Lokaal armoedeoverleg', regional: false },
  welzijnsraad: { label: 'Welzijnsraad', regional: false },
  perinataal: { label: 'Perinataal overleg', regional: true },
  welzijnsoverleg: { label: 'Regionaal welzijnsoverleg', regional: true },
  lop: { label: 'Lokaal Overlegplatform Gelijke Onderwijskansen', regional: true },
  opvoedingsnetwerk: { label: 'Netwerk opvoedingsondersteuning', regional: true },
} as const;

export type ForumKind = keyof typeof FORUM_KINDS;

/** The forum of a cluster, where a type of that cluster is reached indirectly. */
const FORUM_OF_CLUSTER: Record<string, ForumKind> = {
  'lokaal-bestuur-ocmw': 'welzijn-preventie',
  onderwijs: 'scholenoverleg',
  'opleiding-tewerkstelling': 'welzijn-preventie',
  'opvang-baby-peuters': 'lok',
  'opvang-vrije-tijd': 'jeugdraad',
  'sociaal-cultureel-werk': 'cultuurraad',
  gezondheid: 'gezondheidsraad',
  'kraam-gezinszorg': 'perinataal',
  opvoedingsondersteuning: 'opvoedingsnetwerk',
  hulpverlening: 'welzijnsoverleg',
  'maatschappelijk-kwetsbare-groepen': 'armoedeoverleg',
  'andere-actoren': 'welzijnsraad',
};

/** Types whose forum differs from their cluster's. */
const FORUM_OF_TYPE: Record<string, ForumKind> = {
  'kinderopvang-buitenschoolse': 'lok',
  bibliotheek: 'cultuurraad',
  cultuurdienst: 'cultuurraad',
  sportdienst: 'sportraad',
  sportverenigingen: 'sportraad',
  schoolopbouwwerk: 'lop',
  ziekenhuis: 'perinataal',
};

export function forumKindFor(typeCode: string, cluster: string): ForumKind {
  return FORUM_OF_TYPE[typeCode] ?? FORUM_OF_CLUSTER[cluster] ?? 'welzijnsraad';
}
