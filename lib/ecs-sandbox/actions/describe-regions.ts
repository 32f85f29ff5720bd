import type { ActionHandler } from './context';

/** DescribeRegions: every listed region; LocalName in Chinese unless AcceptLanguage asks for English. */
export const describeRegions: ActionHandler = ({ params, ctx }) => {
  const language = params.string('AcceptLanguage')?.toLowerCase().startsWith('zh') === false ? 'en-US' : 'zh-CN';
  return {
    Regions: {
      Region: ctx.store.regions().map((region) => ({
        RegionId: region.regionId,
        LocalName: region.localName[language],
        RegionEndpoint: region.endpoint,
        Status: 'available',
      })),
    },
  };
};
