/**
 * How the named houses name their organisations, per catalogue type. `{m}` is a municipality of
 * the house, `{r}` its region (‘Regio …’). Scope:
 * - regional: one node per region, shared by the named houses of that region (a CAW, a CLB, the
 *   regioteam Kind en Gezin, ...);
 * - municipal: one organisation per municipality of the house (an intermunicipal house has
 *   several OCMW's, report l. 3301-3302);
 * - local: up to `names.length` organisations of the house (several schools, consultatiebureaus,
 *   ...; report 4.2.1, l. 2165-2178).
 */
export type NamingScope = 'regional' | 'municipal' | 'local';

export interface ActorNaming {
  scope: NamingScope;
  names: readonly string[];
}

export const ACTOR_NAMING: Record<string, ActorNaming> = {
  'agentschap-integratie-en-inburgering': { scope: 'regional', names: ['Agentschap Integratie en Inburgering, kantoor {r}'] },
  basiseducatie: { scope: 'regional', names: ['Centrum voor Basiseducatie {r}'] },
  bibliotheek: { scope: 'municipal', names: ['Bibliotheek {m}'] },
  buurtopbouwwerk: { scope: 'local', names: ['Buurtwerk {m}-Noord', 'Buurtwerk {m}-Zuid'] },
  caw: { scope: 'regional', names: ['CAW {r}'] },
  'centrum-voor-geestelijke-gezondheidszorg-cgg': { scope: 'regional', names: ['CGG {r}'] },
  'centrum-voor-kinderzorg-en-gezinsbegeleiding-ckg': { scope: 'regional', names: ['CKG {r}'] },
  'centrum-voor-leerlingenbegeleiding-clb': { scope: 'regional', names: ['CLB {r}', 'Vrij CLB {r}'] },
  cultuurdienst: { scope: 'municipal', names: ['Cultuurdienst {m}'] },
  consultatiebureauwerking: { scope: 'local', names: ['Consultatiebureau {m}-Centrum', 'Consultatiebureau {m}-Noord', 'Consultatiebureau {m}-Zuid'] },
  'expertisecentrum-kraamzorg': { scope: 'regional', names: ['Expertisecentrum Kraamzorg {r}'] },
  gezinsbond: { scope: 'municipal', names: ['Gezinsbond afdeling {m}'] },
  'gezinsondersteuning-aan-huis-door-vrijwilligers': { scope: 'local', names: ['Gezinsondersteuning aan huis {m}'] },
  'huisartsen-kringen': { scope: 'regional', names: ['Huisartsenkring {r}'] },
  'initiatieven-gezinszorg-en-aanvullende-thuiszorg': { scope: 'regional', names: ['Dienst Gezinszorg {r}', 'Thuiszorgdienst {r}'] },
  'initiatieven-drugpreventie': { scope: 'local', names: ['Preventiedienst {m}'] },
  inloopteam: { scope: 'local', names: ['Inloopteam {m}'] },
  integratiedienst: { scope: 'municipal', names: ['Integratiedienst {m}'] },
  jeugddienst: { scope: 'municipal', names: ['Jeugddienst {m}'] },
  'jeugdhulp-organisaties-jongerenwelzijn': { scope: 'regional', names: ['Thuisbegeleidingsdienst {r}', 'Jeugdhulpcentrum {r}'] },
  'jeugdhulp-organisaties-vaph': { scope: 'regional', names: ['Dienst ondersteuning VAPH {r}'] },
  jeugdwerk: { scope: 'local', names: ['Chiro {m}', 'Scouts {m}', 'Speelclub {m}'] },
  'kinderopvang-babys-peuters': { scope: 'local', names: ['Kinderdagverblijf {m}-Centrum', 'Kinderopvang De Speelboot {m}', 'Kinderdagverblijf {m}-Noord'] },
  'kinderopvang-buitenschoolse': { scope: 'local', names: ['Buitenschoolse opvang {m}', 'Initiatief buitenschoolse opvang {m}-Zuid'] },
  kraamhulp: { scope: 'regional', names: ['Kraamhulp {r}'] },
  kraamzorg: { scope: 'regional', names: ['Kraamzorg {r}'] },
  'logo-deskundige': { scope: 'regional', names: ['LOGO {r}'] },
  'lokaal-bestuur': { scope: 'municipal', names: ['Gemeentebestuur {m}'] },
  mutualiteiten: { scope: 'local', names: ['Ziekenfonds {m}', 'Mutualiteit {m}'] },
  ocmw: { scope: 'municipal', names: ['OCMW {m}'] },
  onthaalouders: { scope: 'regional', names: ['Dienst voor onthaalouders {r}'] },
  oudercomite: { scope: 'local', names: ['Oudercomité basisschool {m}', 'Ouderraad {m}-Centrum'] },
  'opvoedingswinkel-opvoedingspunt': { scope: 'local', names: ['Opvoedingswinkel {m}'] },
  opvoedingslijn: { scope: 'regional', names: ['Opvoedingslijn, contactpunt {r}'] },
  politie: { scope: 'regional', names: ['Politiezone {r}'] },
  'regioteam-kind-en-gezin': { scope: 'regional', names: ['Regioteam Kind en Gezin {r}'] },
  samenlevingsopbouw: { scope: 'regional', names: ['Samenlevingsopbouw {r}'] },
  'school-scholen': {
    scope: 'local',
    names: ['Gemeentelijke basisschool {m}', 'Vrije basisschool {m}', 'Basisschool De Regenboog {m}', 'Secundaire school {m}'],
  },
  schoolopbouwwerk: { scope: 'local', names: ['Schoolopbouwwerk {m}'] },
  'socio-culturele-organisaties': { scope: 'local', names: ['Vrouwenbeweging {m}', 'Ontmoetingscentrum {m}'] },
  'spel-en-ontmoetingsinitiatief': { scope: 'local', names: ['Spel- en ontmoetingsruimte {m}', 'Speelotheek {m}'] },
  sportdienst: { scope: 'municipal', names: ['Sportdienst {m}'] },
  sportverenigingen: { scope: 'local', names: ['Voetbalclub {m}', 'Turnkring {m}', 'Zwemclub {m}'] },
  'vakantie-en-speelpleinwerk': { scope: 'local', names: ['Speelpleinwerking {m}'] },
  vdab: { scope: 'regional', names: ['VDAB-werkwinkel {r}'] },
  'vereniging-waar-armen-het-woord-nemen': { scope: 'regional', names: ['Vereniging waar armen het woord nemen {r}'] },
  'vrijetijdsdienst-gemeente': { scope: 'municipal', names: ['Vrijetijdsdienst {m}'] },
  vroedvrouwen: { scope: 'local', names: ['Vroedvrouwenpraktijk {m}', 'Zelfstandige vroedvrouw {m}'] },
  welzijnsschakel: { scope: 'local', names: ['Welzijnsschakel {m}'] },
  wijkgezondheidscentrum: { scope: 'local', names: ['Wijkgezondheidscentrum {m}'] },
  ziekenhuis: { scope: 'regional', names: ['Ziekenhuis {r}'] },
};
