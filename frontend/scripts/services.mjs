export const services = [
  { name: 'registry-service', port: 8081 },
  { name: 'inspection-service', port: 8082 },
  { name: 'scoring-service', port: 8083 },
  { name: 'evidence-service', port: 8084 },
];
