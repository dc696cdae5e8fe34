/**
 * Short organisation labels for the actors that houses added themselves (Tabel 24 and the 4.3
 * prose), used to name a demo organisation of that kind: `${label} ${place}`. Keyed by the name
 * as added-actors-2016.json prints it; kinds not listed use their own name without brackets.
 */
const ADDED_ACTOR_LABELS: Record<string, string> = {
  'Psychologe(n)(groep)': 'Groepspraktijk psychologen',
  '(Ortho)pedagogen (gedragstherapeuten)': 'Orthopedagogenpraktijk',
  '(Psycho)therapeutisch centrum, lokale groepspraktijken': 'Therapeutisch centrum',
  'Multidisciplinaire praktijk / team voor kinderen (logo, psychomotoriek, … )': 'Multidisciplinaire kinderpraktijk',
  'Multifunctionele of dienstverleningscentra (VAPH)': 'Multifunctioneel centrum',
  'Mensen met een beperking': 'Vereniging voor mensen met een beperking',
  'Zorg- en buurtboerderij': 'Zorgboerderij',
  'Inclusie coach': 'Inclusiecoach',
  'intergemeentelijke welzijnskoepel van vier OCMW’s': 'Intergemeentelijke welzijnskoepel',
  'vzw die studiebegeleiding geeft': 'Studiebegeleiding vzw',
  'logopedist(e)': 'Logopediepraktijk',
  'Lokaal Overlegplatform Gelijke Onderwijskansen (LOP)': 'LOP',
  'Hogeschool en Universiteit': 'Hogeschool',
  'Plaatselijk Werkgelegenheidsagentschap (PWA)': 'PWA',
  'thuisopvang voor zieke kinderen': 'Thuisopvang zieke kinderen',
  'gemandateerde voorziening voor occasionele en flexibele opvang': 'Occasionele en flexibele opvang',
  'naschools-opvanginitiatief dat door ouders-vrijwilligers gedragen wordt': 'Naschoolse opvang door ouders',
  Natuurpunt: 'Natuurpunt-afdeling',
  kinesisten: 'Kinesitherapiepraktijk',
  'vzw Kinderwens Vlaanderen': 'Kinderwensvereniging',
  'vroedvrouwen(teams) (via ‘privépraktijk’ of ‘andere’)': 'Vroedvrouwenteam',
  'vzw borstvoeding': 'Borstvoedingsvereniging',
  '‘andere’ vroedvrouw': 'Vroedvrouw',
  'vzw De Keerkring': 'Centrum voor opvoedingsondersteuning',
  'ouderondersteuningsproject van verschillende OCMW’s': 'Ouderondersteuningsproject',
  'opgeleide ervaringsdeskundige in de armoede': 'Ervaringsdeskundige in de armoede',
  'initiatief dat materiële ondersteuning biedt (bv. voedselhulp, sociale kruidenier)': 'Sociale kruidenier',
  'initiatieven die de participatie of het algemeen welzijn bevorderen': 'Participatieproject',
  'babycoachproject dat start in de zwangerschap': 'Babycoachproject',
  'initiatieven voor opvoedingsondersteuning aan huis': 'Opvoedingsondersteuning aan huis',
  'vrijwilligerssteunpuntwerking die zich tot vluchtelingen richt': 'Vrijwilligerssteunpunt vluchtelingen',
  'regionaal Welzijnsoverleg': 'Regionaal welzijnsoverleg',
  'horeca en handelszaken': 'Handelaarsvereniging',
};

/** The label for one added kind: the override, or its own name without brackets, capitalised. */
export function addedActorLabel(reportName: string): string {
  const label =
    ADDED_ACTOR_LABELS[reportName] ??
    reportName
      .replace(/\([^)]*\)/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return label.charAt(0).toUpperCase() + label.slice(1);
}
