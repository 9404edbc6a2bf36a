// The runtime as generated code sees it: the one module `generated/` imports from `src/`. Not part
// of the package's public surface (src/index.ts): these are the parts an operation function, a
// client factory and a validation module are built from, and they may change with the generator.
export { callOperation, type CallOptions, type OperationDescription } from './operation/call-operation.js';
export { apiPromise, callOperationWithResponse, type ApiPromise, type ApiResponse } from './operation/with-response.js';
export {
  createClientCore,
  type ClientCore,
  type ClientCredentialsAuthOptions,
  type ClientOptions,
  type KeyAuthOptions,
  type OptionalTokenAuthOptions,
  type TokenAuthOptions,
} from './client/client-core.js';
export { createClientCredentialsTokenSource, type ClientCredentials } from './auth/client-credentials.js';
export { createKeyCredentials, type ApiKey, type BasicCredentials } from './auth/key-credentials.js';
export type { ApiDescription } from './types/api-description.js';
export type { JsonSchema, ResponseSchemas } from './validation/schema.js';
export { binaryBody, formBody, multipartBody, textBody } from './request/body-writers.js';
export { jsonBody, type BodyWriter, type RequestBodyFormat } from './request/request-body.js';
export { serializeQuery, type QueryFormat, type QueryParameterStyle } from './request/query-string.js';
export { cookieText, headerTexts } from './request/parameter-text.js';
export { writePathStyles } from './request/path-styles.js';
// The validation rules beyond the core keywords; a generated validation module imports those its schemas use.
export { conditional } from './validation/rules/conditional.js';
export { contains, prefixItems } from './validation/rules/items.js';
export { not } from './validation/rules/not.js';
export { exclusiveMaximum, exclusiveMinimum, multipleOf } from './validation/rules/numbers.js';
export {
  dependentRequired,
  dependentSchemas,
  maxProperties,
  patternProperties,
  propertyNames,
} from './validation/rules/object-fields.js';
export { recursiveRef } from './validation/rules/reference.js';
export { unevaluatedItems, unevaluatedProperties } from './validation/rules/unevaluated.js';
export { byteFormat, int32Format, uuidFormat } from './validation/rules/formats.js';
export { dateFormat, dateTimeFormat, durationFormat, timeFormat } from './validation/rules/date-formats.js';
export {
  emailFormat,
  ipv4Format,
  ipv6Format,
  uriFormat,
  uriReferenceFormat,
} from './validation/rules/address-formats.js';
export { hostnameFormat } from './validation/rules/hostname.js';
