// English renderings of the five documents' titles, for the English interface. They are ours (the
// documents print no English title); an official English name is used where one exists (the 2010
// Framework Agreement on Hong Kong/Guangdong Co-operation).
import type { DocId } from '../../src/contracts/corpus.ts';

export const DOC_TITLES_EN: Readonly<Record<DocId, string>> = {
  '000': 'Part 3: Coordination and Action (Greater Pearl River Delta Town Cluster Coordinated Development Planning Study)',
  '001': 'Guangdong Implementation Opinions on Deepening Pan-Pearl River Delta Regional Cooperation',
  '002': '2016 Key Tasks in Implementing the Framework Agreement on Hong Kong/Guangdong Co-operation',
  '003': 'Decision on Promoting Closer Cooperation with Hong Kong and Macao (Summary)',
  '004': 'Development Plan for the Pearl River Estuary West Bank Metropolitan Area',
};
