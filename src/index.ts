// The package root: the runtime's public surface, then every generated API's clients, operation
// functions and operation types (generated/index.ts). Schema types of one API are in
// `invoicing-sdk/<api>`. The generator refuses to emit a root name that this file already exports.
export {
  ApiError,
  ConfigurationError,
  InvoicingSdkError,
  RequestValidationError,
  isApiError,
  isConfigurationError,
  isInvoicingSdkError,
  isRequestValidationError,
  type ApiErrorDetails,
  type ValidationIssue,
} from './errors.js';
export type { ApiDescription, ClientCore, ClientOptions, FetchFunction } from './client-core.js';
export type { CallOptions, OperationDescription } from './call-operation.js';
export type { TokenSource } from './bearer-auth.js';
export * from '../generated/index.js';
