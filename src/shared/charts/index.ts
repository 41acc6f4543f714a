/** Charts as SVG, without DOM or React: the app renders the trees, exports serialize them. */
export * from './svgTree';
export * from './chartData';
export * from './chartStyle';
export * from './allianceGeometry';
export * from './allianceChart';
export * from './alliancePeriods';
export * from './tensionMap';
export * from './ecomapLines';
export * from './ecomapChart';
export * from './attainmentChart';
