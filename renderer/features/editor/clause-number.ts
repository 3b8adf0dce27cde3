// The core numbers clauses too (diffs, exports): one rule for both.
export { clauseNumber } from '../../../src/model/clause-number';
