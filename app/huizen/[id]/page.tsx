import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { FirstStepsPanel } from '@/components/house/first-steps-panel';
import { HouseHeader } from '@/components/house/house-header';
import { MapWorkspace } from '@/components/map/map-workspace';
import { readArrangements } from '@/lib/use-cases/arrangements';
import { loadHousePage } from '@/lib/edge/guard-house-page';
import { requestCommitStamp } from '@/lib/edge/session';
import { missingMandatoryCount, needsFirstSteps } from '@/lib/domain/first-steps';
import { getEditableHouseMap } from '@/lib/use-cases/house-editing';
import { parseLayoutName } from '@/lib/domain/map/layouts';
import { trimForMap } from '@/lib/domain/map/trim-for-map';
import { networkOnWire } from '@/lib/domain/map/network-on-wire';
import { mapFirstPicture } from '@/lib/use-cases/map-first-picture';
import { onPage } from '@/lib/domain/map/first-picture';
import { saveEntryAction } from './actions';
import { changeTieAction, createTieAction, removeTieAction } from './tie-actions';
import { resetArrangementAction, saveArrangementAction } from './arrangement-actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Netwerkkaart van het huis' };

export default async function HouseMapPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { weergave } = await searchParams;
  const result = await loadHousePage(`/huizen/${id}`, async (user) => {
    const stamp = await requestCommitStamp();
    const [map, arrangements] = await Promise.all([getEditableHouseMap(user, id, stamp), readArrangements(user, id, stamp)]);
    return { ...map, arrangements };
  });
  if (!result.ok) return <DatabaseErrorPanel />;
  const { network, canEdit, arrangements } = result.data;
  const layout = parseLayoutName(weergave);
  const onMap = trimForMap(network);
  const first = mapFirstPicture(onMap, layout, arrangements[layout].positions);
  // Each picture's address names the state it shows (first.key): the browser may keep it.
  const firstPicture = onPage(
    first.picture,
    (view) => `/api/huizen/${encodeURIComponent(id)}/eerste-beeld.svg?weergave=${layout}&beeld=${view === 'compact' ? 'telefoon' : 'laptop'}&v=${first.key}`,
  );
  return (
    <>
      <HouseHeader house={network.house} active="kaart" />
      {needsFirstSteps(network) ? <FirstStepsPanel houseId={id} missing={missingMandatoryCount(network)} canEdit={canEdit} /> : null}
      <MapWorkspace
        network={networkOnWire(onMap)}
        initialLayout={layout}
        firstPicture={firstPicture}
        saveEntry={canEdit ? saveEntryAction.bind(null, id) : null}
        arrangements={arrangements}
        arrangementActions={canEdit ? { save: saveArrangementAction.bind(null, id), reset: resetArrangementAction.bind(null, id) } : null}
        tieActions={canEdit ? { create: createTieAction.bind(null, id), change: changeTieAction.bind(null, id), remove: removeTieAction.bind(null, id) } : null}
      />
    </>
  );
}
