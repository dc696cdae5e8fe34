/**
 * Invented, Flemish-sounding municipality names for the demo houses. Each was checked, when this
 * list was made, against a list of 2 822 Belgian municipalities and deelgemeenten: none is a real
 * name, and none lies within two letters of one. Every demo house name also ends in ‘(fictief)’.
 */
export const PLACE_NAMES: readonly string[] = [
  'Beukendijk', 'Beukendries', 'Beukenwijk', 'Beukenzele', 'Beverdorp', 'Beverkamp', 'Bevermeer',
  'Biezenakker', 'Biezenbeke', 'Biezenbroek', 'Biezenmeer', 'Bremakker', 'Bremdries',
  'Bremkapelle', 'Distelhout', 'Duivendries', 'Duivenkapelle', 'Duivenpoel', 'Duivenstede',
  'Eikendijk', 'Eikenlinde', 'Eikenlo', 'Eikenstede', 'Fazantbroek', 'Fazantdorp', 'Fazantkamp',
  'Fazantkapelle', 'Geerhoek', 'Haverakker', 'Haverbos', 'Haverdorp', 'Hazelbroek', 'Hazelpoel',
  'Hazendorp', 'Hazendries', 'Hazenheide', 'Hazenkapelle', 'Heesterbroek', 'Heesterdorp',
  'Heesterkapelle', 'Heesterpoel', 'Hopkamp', 'Hopkerke', 'Hulstbroek', 'Hulstdijk', 'Hulstdonk',
  'Hulstdries', 'Keikapelle', 'Keikerke', 'Keistede', 'Kievitaarde', 'Kievitdijk', 'Kievitdorp',
  'Kievithoek', 'Kiezelberge', 'Kiezelkerke', 'Kiezelmeer', 'Kiezelvelde', 'Klaverdorp',
  'Klaverhout', 'Klavervelde', 'Klaverwijk', 'Kleibos', 'Kleiwijk', 'Klokkepoel', 'Klokkevelde',
  'Klokkezele', 'Korenakker', 'Korendorp', 'Korenvelde', 'Korenwijk', 'Kraaienhout', 'Kraaienlo',
  'Kraaienpoel', 'Kraaienwijk', 'Krekeldries', 'Krekellinde', 'Krekelstede', 'Leemdijk', 'Leemhem',
  'Leemhove', 'Leemstede', 'Leeuwerikakker', 'Leeuwerikbeke', 'Leeuwerikdorp', 'Leeuwerikkapelle',
  'Lijsterbroek', 'Lijsterdonk', 'Lijsterhove', 'Lijsterwijk', 'Lindenbos', 'Lindenheide',
  'Lindenhoek', 'Lindenvelde', 'Lisakker', 'Lisdijk', 'Lisdries', 'Merelakker', 'Merellinde',
  'Merelmeer', 'Mispelakker', 'Mispelhout', 'Mispellinde', 'Mispelmeer', 'Ooievaarbos',
  'Otterdries', 'Otterhoek', 'Otterhout', 'Otterlinde', 'Pepelbroek', 'Pepeldries', 'Pepelhove',
  'Pepelkerke', 'Reigerbroek', 'Reigerstede', 'Reigervelde', 'Reigerzele', 'Rietbos', 'Rietdorp',
  'Rietenkapelle', 'Rietenlinde', 'Rietenmeer', 'Rietenpoel', 'Riethove', 'Rietkapelle',
  'Roggebos', 'Roggelinde', 'Roggemeer', 'Roggewijk', 'Spechtaarde', 'Spechthem', 'Spechthoek',
  'Spechtlinde', 'Spreeuwakker', 'Spreeuwhem', 'Spreeuwkamp', 'Spreeuwlo', 'Turfdijk', 'Turfhoek',
  'Turfkapelle', 'Turfstede', 'Varenakker', 'Varenlinde', 'Varenvelde', 'Vinkenbeke', 'Vinkenhem',
  'Vinkenhout', 'Vinkenstede', 'Vlasberge', 'Vlasdries', 'Vlasmeer', 'Vlierdijk', 'Vlierkapelle',
  'Vlierlo', 'Voorbeeldegem', 'Vosselbeke', 'Vosselberge', 'Vosseldries', 'Vosselrode', 'Wedebeke',
  'Wedehout', 'Wedekamp', 'Wilgenaarde', 'Wilgengem', 'Wilgenhem', 'Wilgenzele', 'Zeggeaarde',
  'Zeggeakker', 'Zeggerode', 'Zeggezele', 'Zonneakker', 'Zonnedijk', 'Zonnelinde', 'Zonnevelde',
  'Zwaluwbeke', 'Zwaluwdorp', 'Zwaluwlo', 'Zwaluwzele', 'Zwanenakker', 'Zwanenhem', 'Zwanenlo',
];

/** Three invented cities for the ‘grootstad’ houses (Tabel 4 counts 3 grootstad municipalities). */
export const CITY_NAMES: readonly string[] = ['Scheldemonde', 'Leiestede', 'Zennestad'];
