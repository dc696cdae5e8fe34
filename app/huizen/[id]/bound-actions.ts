import type { QuestionnaireActions } from '@/components/questionnaire/types';
import { addActorAction, addCustomTypeAction, addForumAction, removeActorAction, saveEntryAction, setMembershipAction } from './actions';

/** The house's server actions, bound to its id, for the client forms. */
export function boundActions(houseId: string): QuestionnaireActions {
  return {
    saveEntry: saveEntryAction.bind(null, houseId),
    addActor: addActorAction.bind(null, houseId),
    removeActor: removeActorAction.bind(null, houseId),
    addCustomType: addCustomTypeAction.bind(null, houseId),
    addForum: addForumAction.bind(null, houseId),
    setMembership: setMembershipAction.bind(null, houseId),
  };
}
