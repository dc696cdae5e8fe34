import 'server-only';
import type { ManagedTransaction } from 'neo4j-driver';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { findWorkshopIn } from '@/graph/repositories/workshops';
import type { EntryState } from '@/lib/domain/entry-write';
import { acceptInTx, createProposal, markConflict, readProposalIn, setAside, type Decider } from '@/graph/repositories/workshop-proposals';
import { fieldErrorsOf } from '../../domain/entry-input';
import { ConflictError, NotFoundError, StaleWriteError, ValidationError, WorkshopClosedError } from '../../domain/errors';
import type { HouseNetwork } from '../../domain/house-network';
import { addCustomType, addNamedActor, updateEntry } from '../involvement';
import { participantOf, runnerOf, type WorkshopActing } from './workshop-access';
import { workshopEnded } from '../../domain/workshop/workshop-ended';
import { publish } from './bus';
import { markTiming } from '@/graph/timing-marks';
import { entryVersion } from '../../domain/workshop/choices';
import type { NetworkPatch, ProposalView, WorkshopEvent } from '../../domain/workshop/events';
import { decisionSchema, proposalSchema } from '../../domain/workshop/input';
import { inWorkshopQueue } from './queue';
import { createTie } from '../ties/tie-writes';
import { tieSentence } from '../../domain/ties/tie-sentence';
import type { TieKind } from '../../domain/ties/tie-kinds';
import { actorEntryKey, parseEntryKey, typeEntryKey } from '@/lib/domain/entry-key';

/** The cluster a missing actor of unknown type goes to ("andere actoren", cluster 12). */
const OTHER_CLUSTER = 'andere-actoren';

/** A participant files a proposal. Names and versions are checked against the house's network. */
export async function submitProposal(acting: WorkshopActing, code: string, input: unknown): Promise<ProposalView> {
  const participant = await participantOf(acting, code);
  const parsed = proposalSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const p = parsed.data;
  const network = await readHouseNetwork(participant.workshop.houseId);
  if (!network) throw new NotFoundError(`house ${participant.workshop.houseId}`);
  if (p.tieKind) return submitTieProposal(code, participant, network, { from: p.tieFrom!, to: p.tieTo!, kind: p.tieKind, note: p.note });
  let actorName: string;
  let typeName: string | null = null;
  let basedOnVersion = 0;
  if (p.actorKey) {
    const entry = entryVersion(network, p.actorKey);
    if (!entry) throw new ValidationError({ actorKey: ['Deze actor staat niet (meer) op de kaart. Kies opnieuw.'] });
    actorName = entry.name;
    typeName = typeNameOf(network, p.actorKey);
    basedOnVersion = Math.min(p.version ?? entry.version, entry.version);
  } else {
    actorName = p.newActorName!;
    if (p.newActorType) {
      const type = network.types.find((t) => t.code === p.newActorType);
      if (!type) throw new ValidationError({ newActorType: ['Kies een soort actor uit de lijst.'] });
      typeName = type.name;
    }
  }
  const created = await inWorkshopQueue(code, () =>
    createProposal(
      code,
      {
        actorKey: p.actorKey,
        actorName,
        typeName,
        now: p.now,
        desired: p.desired,
        note: p.note,
        newActorName: p.actorKey ? null : p.newActorName,
        newActorType: p.actorKey ? null : p.newActorType,
        basedOnVersion,
      },
      { id: participant.id, name: participant.name },
    ),
  );
  if (!created) throw new WorkshopClosedError(code, 'closed');
  publish(code, created.event);
  return created.proposal;
}

/** "Het CLB verwijst door naar het CAW": a tie between two organisations on the map. */
async function submitTieProposal(
  code: string,
  participant: { id: string; name: string },
  network: HouseNetwork,
  tie: { from: string; to: string; kind: TieKind; note: string | null },
): Promise<ProposalView> {
  const actor = (key: string) => network.actors.find((a) => actorEntryKey(a.id) === key);
  const [from, to] = [actor(tie.from), actor(tie.to)];
  if (!from || !to) throw new ValidationError({ tieFrom: ['Kies twee organisaties die op de kaart staan.'] }, 'Kies twee organisaties die op de kaart staan.');
  const created = await inWorkshopQueue(code, () =>
    createProposal(
      code,
      {
        actorKey: null,
        actorName: tieSentence(tie.kind, from.name, to.name),
        typeName: null,
        now: null,
        desired: null,
        note: tie.note,
        newActorName: null,
        newActorType: null,
        basedOnVersion: 0,
        tie: { from: from.id, to: to.id, kind: tie.kind },
      },
      { id: participant.id, name: participant.name },
    ),
  );
  if (!created) throw new WorkshopClosedError(code, 'closed');
  publish(code, created.event);
  return created.proposal;
}

function typeNameOf(network: HouseNetwork, key: string): string | null {
  const entry = parseEntryKey(key);
  if (entry?.kind === 'type') return network.types.find((t) => t.code === entry.code)?.name ?? null;
  const actor = entry && network.actors.find((a) => a.id === entry.id);
  return network.types.find((t) => t.code === actor?.typeCode)?.name ?? null;
}

/**
 * The facilitator decides. Accepting goes through the version-checked involvement write
 * (lib/use-cases/involvement.ts) as the facilitator, with the proposal's status, its audit record and its
 * event in the same transaction. A proposal based on an older version of the entry is refused
 * as stale (StaleWriteError, 409) and marked conflicting; only "toepassen" with the version the
 * facilitator now sees applies it, explicitly, to the current state.
 */
export async function decideProposal(acting: WorkshopActing, code: string, proposalId: string, input: unknown): Promise<ProposalView> {
  // The proposal is read in the transaction of the access check; it is used only after it.
  const { user, workshop, data: proposal } = await runnerOf(acting, code, (tx) => readProposalIn(tx, code, proposalId));
  markTiming('access');
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const decision = parsed.data;
  const ended = workshopEnded(workshop);
  if (ended) throw new WorkshopClosedError(code, ended);
  if (!proposal) throw new NotFoundError(`proposal ${proposalId}`);
  if (proposal.status !== 'pending') throw new ConflictError(`proposal ${proposalId} decided`, 'Over dit voorstel werd al beslist.');
  const decider: Decider = { id: user.id, name: user.name, houseId: workshop.houseId };

  if (decision.besluit === 'opzij') {
    const event = await setAside(code, proposalId, decider);
    if (!event) throw new ConflictError(`proposal ${proposalId} decided`, 'Over dit voorstel werd al beslist.');
    publish(code, event);
    return proposalOf(event);
  }

  let accepted: WorkshopEvent | null = null;
  const finish = (targetKey: string, patch: NetworkPatch) => async (tx: ManagedTransaction) => {
    accepted = await acceptInTx(tx, { code, pending: proposal, by: decider, targetKey, patch });
    if (accepted) return;
    // Rolls the map write back too: the workshop closed, or someone else decided, meanwhile.
    const now = await findWorkshopIn(tx, code);
    const ended = now ? workshopEnded(now) : 'closed';
    if (ended) throw new WorkshopClosedError(code, ended);
    throw new ConflictError(`proposal ${proposalId} decided`, 'Over dit voorstel werd al beslist.');
  };

  // A type answer the accepted change would lower is lowered only when the facilitator chose it.
  const verlagen = decision.verlagen ?? [];
  try {
    if (proposal.tie) {
      // A tie: drawn by the facilitator's version-checked write, the proposal accepted in its transaction.
      await createTie(user, workshop.houseId, { ...proposal.tie, note: proposal.note ? `${proposal.byName}: ${proposal.note}` : null }, (tx, tie) =>
        finish(`tie:${tie.id}`, {
          ties: [
            {
              id: tie.id,
              kind: tie.kind,
              from: tie.from,
              to: tie.to,
              note: tie.note,
              since: tie.since,
              version: tie.version,
              updatedAt: tie.updatedAt,
              updatedBy: tie.updatedBy,
            },
          ],
        })(tx),
      );
    } else if (!proposal.actorKey) {
      const level = proposal.now!;
      if (proposal.newActorType) {
        await addNamedActor(
          user,
          workshop.houseId,
          { typeCode: proposal.newActorType, name: proposal.newActorName, level, desired: proposal.desired, verlagen },
          (tx, actorId) =>
            finish(actorEntryKey(actorId), {
              actors: [
                {
                  id: actorId,
                  name: proposal.newActorName!,
                  typeCode: proposal.newActorType!,
                  level,
                  desired: proposal.desired,
                  version: 1,
                  updatedBy: user.name,
                },
              ],
            })(tx),
        );
      } else {
        await addCustomType(user, workshop.houseId, { name: proposal.newActorName, cluster: OTHER_CLUSTER, level, desired: proposal.desired }, (tx, typeCode) =>
          finish(typeEntryKey(typeCode), {
            types: [
              {
                code: typeCode,
                name: proposal.newActorName!,
                order: 1000,
                cluster: OTHER_CLUSTER,
                mandatory: false,
                mandatoryNote: null,
                catalogue: false,
                answer: {
                  level,
                  desired: proposal.desired,
                  derived: false,
                  version: 1,
                  note: null,
                  owner: null,
                  nextStep: null,
                  due: null,
                  updatedAt: null,
                  updatedBy: user.name,
                },
              },
            ],
          })(tx),
        );
      }
    } else {
      const key = proposal.actorKey;
      const version = decision.besluit === 'toepassen' ? decision.version : proposal.basedOnVersion;
      const note = proposal.note ? await mergedNote(workshop.houseId, key, `${proposal.byName}: ${proposal.note}`) : undefined;
      // The accepted "gewenst" stays with the entry, as part of its plan (issue 14).
      await updateEntry(
        user,
        workshop.houseId,
        key,
        {
          ...(proposal.now ? { level: proposal.now } : {}),
          ...(proposal.desired ? { desired: proposal.desired } : {}),
          ...(note ? { note } : {}),
          version,
          verlagen,
        },
        (tx, state) => finish(key, patchFor(key, state))(tx),
      );
    }
  } catch (error) {
    if (error instanceof StaleWriteError) {
      const current = error.current as EntryState;
      publish(code, await markConflict(code, proposalId, { level: current.level, version: current.version }));
    }
    throw error;
  }
  publish(code, accepted);
  markTiming('published');
  return proposalOf(accepted!);
}

function proposalOf(event: WorkshopEvent): ProposalView {
  return (event.payload as { proposal: ProposalView }).proposal;
}

function patchFor(key: string, state: EntryState): NetworkPatch {
  const entry = parseEntryKey(key);
  if (entry?.kind === 'actor') return { actors: [{ id: entry.id, level: state.level!, desired: state.desired, version: state.version, via: state.via }] };
  const answer =
    state.level === null
      ? null
      : {
          level: state.level,
          desired: state.desired,
          derived: false,
          version: state.version,
          note: null,
          owner: null,
          nextStep: null,
          due: null,
          updatedAt: null,
          updatedBy: null,
        };
  return { types: [{ code: entry?.kind === 'type' ? entry.code : key, answer }] };
}

/** A participant's note is added to the entry's note, never replacing it. */
async function mergedNote(houseId: string, key: string, addition: string): Promise<string> {
  const network = await readHouseNetwork(houseId);
  const entry = parseEntryKey(key);
  const existing =
    entry?.kind === 'actor' ? network?.actors.find((a) => a.id === entry.id)?.note : network?.types.find((t) => t.code === entry?.code)?.answer?.note;
  const merged = existing ? `${existing}\n${addition}` : addition;
  if (merged.length > 500)
    throw new ValidationError(
      { note: ['De notitie van deze actor wordt te lang (max. 500 tekens). Leg het voorstel opzij of kort de notitie in.'] },
      'De notitie van deze actor wordt te lang.',
    );
  return merged;
}
