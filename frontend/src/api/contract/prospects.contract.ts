// features/prospects/prospectsApi.ts checked against campaign-service's and qualifier-service's
// documents. See check.ts: a line that does not hold fails `tsc`.
import type { z } from 'zod';
import type { paths as campaign } from '../generated/campaign';
import type { paths as qualifier } from '../generated/qualifier';
import type {
  campaignSchema,
  histogramSchema,
  previewSchema,
  prospectPageSchema,
  prospectSchema,
} from '../../features/prospects/prospectsApi';
import type { Answer, Reads } from './check';

export type ProspectsCampaigns = Reads<z.infer<typeof campaignSchema>[], Answer<campaign, '/api/campaigns', 'get'>>;
export type ProspectsPage = Reads<z.infer<typeof prospectPageSchema>, Answer<campaign, '/api/prospects', 'get'>>;
export type ProspectsProspect = Reads<z.infer<typeof prospectSchema>, Answer<campaign, '/api/prospects/{id}', 'get'>>;
export type ReviewBandPage = Reads<z.infer<typeof prospectPageSchema>, Answer<campaign, '/api/review/prospects', 'get'>>;
export type ReviewBandQualify = Reads<z.infer<typeof prospectSchema>, Answer<campaign, '/api/review/prospects/{id}/qualify', 'post'>>;
export type ReviewBandReject = Reads<z.infer<typeof prospectSchema>, Answer<campaign, '/api/review/prospects/{id}/reject', 'post'>>;
export type ScoreHistogram = Reads<
  z.infer<typeof histogramSchema>,
  Answer<qualifier, '/api/qualifier/campaigns/{campaignId}/score-histogram', 'get'>
>;
export type ThresholdPreview = Reads<
  z.infer<typeof previewSchema>,
  Answer<qualifier, '/api/qualifier/campaigns/{campaignId}/threshold-preview', 'get'>
>;
