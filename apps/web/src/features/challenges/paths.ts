/** Web paths of challenges and ideas (the moderator queue links to ideaPath too). */
export const CHALLENGES_PATH = '/uitdagingen';
export const challengePath = (id: string) => `/uitdagingen/${id}`;
export const newIdeaPath = (challengeId: string) => `/uitdagingen/${challengeId}/nieuw-idee`;
export const ideaPath = (id: string) => `/ideeen/${id}`;
export const editIdeaPath = (id: string) => `/ideeen/${id}/bewerken`;
export const commentAnchor = (id: string) => `reactie-${id}`;
