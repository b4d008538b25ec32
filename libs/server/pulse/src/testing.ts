// What the tests use to play the attacker on published results (not part of the server).
export { computableGroups, cellsOf } from './lib/anonymity/disclosure';
export { ROOT, suppress, type TreeNode } from './lib/anonymity/suppression';
