declare module 'echarts4/map/json/province/*.json' {
  const geo: { type: string; features: { id?: string; properties: { name: string } }[] };
  export default geo;
}
