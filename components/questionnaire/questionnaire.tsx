import type { HouseNetwork } from '@/lib/domain/house-network';
import { CustomTypeForm } from './custom-type-form';
import { ForumsEditor } from './forums-editor';
import { TypeAnswerRow } from './type-answer-row';
import { tiesByActor } from '@/lib/domain/ties/actor-ties';
import type { QuestionnaireActions } from './types';

/**
 * Question 4 of the survey for one house: all types grouped by the 12 domain clusters, the
 * seven answers per type, named organisations under their type, the house's own "Andere"
 * actors, and its forums with their members (for indirect links).
 */
export function Questionnaire({ network, actions, canEdit }: { network: HouseNetwork; actions: QuestionnaireActions; canEdit: boolean }) {
  const forums = network.forums.map((f) => ({ id: f.id, name: f.name }));
  const ties = tiesByActor(network.ties ?? [], new Map(network.actors.map((a) => [a.id, a.name])));
  const answered = network.types.filter((t) => t.answer || network.actors.some((a) => a.typeCode === t.code)).length;
  return (
    <div className="space-y-6">
      <p className="text-sm text-muted" data-testid="questionnaire-progress">
        {answered} van {network.types.length} actoren beantwoord. Elke keuze wordt meteen opgeslagen. Met het toetsenbord kiest u met de pijltjes binnen een rij
        en bewaart u met Enter of door verder te gaan (Tab).
      </p>
      <nav aria-label="Domeinclusters" className="flex flex-wrap gap-1 text-xs">
        {network.clusters.map((c) => (
          <a key={c.code} href={`#cluster-${c.code}`} className="rounded-full border border-black/10 bg-white px-2 py-1 text-brand hover:bg-brand-soft">
            {c.order}. {c.name}
          </a>
        ))}
        <a href="#overleggen" className="rounded-full border border-black/10 bg-white px-2 py-1 text-brand hover:bg-brand-soft">
          Overleggen
        </a>
      </nav>
      {network.clusters.map((cluster) => {
        const types = network.types.filter((t) => t.cluster === cluster.code);
        return (
          <section
            key={cluster.code}
            id={`cluster-${cluster.code}`}
            aria-labelledby={`cluster-${cluster.code}-title`}
            className="scroll-mt-4 rounded-xl border border-black/10 bg-white"
          >
            <h2 id={`cluster-${cluster.code}-title`} className="border-b border-black/10 px-4 py-3 text-lg font-semibold sm:px-5">
              {cluster.order}. {cluster.name}
            </h2>
            {types.length ? (
              <ul className="divide-y divide-black/5">
                {types.map((type) => (
                  <TypeAnswerRow
                    key={type.code}
                    type={type}
                    actors={network.actors.filter((a) => a.typeCode === type.code)}
                    forums={forums}
                    ties={ties}
                    actions={actions}
                    canEdit={canEdit}
                  />
                ))}
              </ul>
            ) : (
              <p className="px-4 py-3 text-sm text-muted sm:px-5">Geen actoren uit vraag 4 in deze cluster.</p>
            )}
            {canEdit ? <CustomTypeForm cluster={cluster.code} action={actions.addCustomType} /> : null}
          </section>
        );
      })}
      <ForumsEditor network={network} actions={actions} canEdit={canEdit} />
    </div>
  );
}
